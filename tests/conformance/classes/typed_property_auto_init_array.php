<?php
// Appending to (or writing a key of) a typed property that is not an array, uninitialised or null,
// is a TypeError.
class P { public int $i; public ?int $ni = null; public ?array $na = null; }
$o = new P;
foreach (['$o->i[] = 1' => fn() => $o->i[] = 1, '$o->ni[\'k\'] = 1' => fn() => $o->ni['k'] = 1,
          '$o->na[] = 1' => fn() => $o->na[] = 1] as $what => $f) {
    try {
        $f();
        echo "$what: ok\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($o);
