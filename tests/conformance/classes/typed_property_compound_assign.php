<?php
// Compound assignments to typed properties keep the type: the result is coerced (or refused with
// a TypeError) as a plain assignment would be; so are references a typed property holds, and
// static properties.
class P {
    public int $i = 0;
    public bool $b = false;
    public ?string $s = null;
    public float $f = 1.5;
    public static int $si = 1;
}
$o = new P;
$o->i .= "5";
$o->b += 1;
$o->s .= 12;
$o->f *= 2;
var_dump($o->i, $o->b, $o->s, $o->f);
foreach (['$o->i .= "x"' => fn() => $o->i .= "x", '$o->i += 1.5' => fn() => $o->i += 1.5, '$o->i **= 100' => fn() => $o->i **= 100,
          'P::$si .= "y"' => fn() => P::$si .= "y"] as $what => $f) {
    try {
        $f();
        echo "$what: no error\n";
    } catch (TypeError $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
$r = &$o->i;
try { $r .= "z"; } catch (TypeError $e) { echo "reference: ", $e->getMessage(), "\n"; }
$r += 2;
var_dump($o->i, P::$si);
