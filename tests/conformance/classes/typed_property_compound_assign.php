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
// Integer and float arithmetic whose result the type names is stored as it is; an integer that
// overflows into a float is refused by an int property, accepted by int|float.
class Q { public int $n = PHP_INT_MAX; public int|float $m = PHP_INT_MAX; public float $f = 0.5; public ?int $k = 1; }
$q = new Q;
try { $q->n += 1; } catch (TypeError $e) { echo "overflow: ", $e->getMessage(), "\n"; }
$q->m += 1;
$q->f -= 0.25;
$q->f *= 3.0;
$q->k |= 6;
$q->k -= 10;
var_dump($q);
for ($i = 0; $i < 3; $i++) { $q->f += 1.5; $q->k += $i; }
var_dump($q->f, $q->k);
