<?php
declare(strict_types=1);
// Integers passed to float parameters are widened, in strict mode too (and in promoted
// constructor parameters, defaults and unions); other mismatches still fail with PHP's errors.
function f(float $x) { return var_export($x, true); }
function g(?float $x = 3) { return var_export($x, true); }
function h(float|string $x) { return var_export($x, true); }
function k(int|float $x) { return var_export($x, true); }
function r(float &$x) { $x += 1; return var_export($x, true); }
echo f(1), " ", f(-7), " ", f(PHP_INT_MAX), " ", f(2.5), "\n";
echo g(), " ", g(null), " ", g(4), "\n";
echo h(5), " ", h("s"), " ", k(5), " ", k(5.5), "\n";
$v = 10;
echo r($v), " ", var_export($v, true), "\n";
class P { public function __construct(public float $w, public ?float $h = null) {} }
$p = new P(2, 3);
var_dump($p);
try { f("1"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(true); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function v(float ...$xs) { return json_encode($xs); }
echo v(1, 2.5, 3), "\n";

class S {
    public static int $n = PHP_INT_MAX - 1;
    public static ?int $m = PHP_INT_MIN + 1;
    public static float $f = 1;
    public static $u = PHP_INT_MAX;
    public int $i = 0;
}
S::$n++;
var_dump(S::$n);
try { S::$n++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(S::$n);
--S::$m;
var_dump(S::$m);
try { --S::$m; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
S::$f++;
var_dump(S::$f);
S::$u++;
var_dump(S::$u);
$s = new S;
for ($j = 0; $j < 5; $j++) { $s->i++; ++$s->i; }
var_dump($s->i, $s->i--, --$s->i);
$ref = &S::$n;
try { $ref++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$ref--;
var_dump(S::$n);
