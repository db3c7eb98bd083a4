<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// ini: phpovm.jit_hot_func=2
// Builtins that compute a number (sqrt, abs, floor, ceil, intdiv, min and max of ints) run inline
// in compiled code, and a compiled loop calls functions it cannot inline (branches, loops,
// recursion) as compiled functions. Where either cannot give php's result (abs and intdiv at the
// end of the int range, a division by zero, an overflow in the function) the interpreter makes
// the call, with php's result or error.
function dist($x, $y) { $d = sqrt($x * $x + $y * $y); if ($d > 10) { return floor($d); } return ceil($d); }
$s = 0.0; $t = 0;
for ($i = -50; $i < 50; $i++) {
  $a = abs($i);
  $s += sqrt($a) + abs($i * 0.5) + floor($i / 3) + ceil($i / 7) + dist($i, 3);
  $t += intdiv($i, 7) + min($i, 3) + max($i, -2) + abs($i);
}
var_dump($s, $t);
$r = [];
for ($i = 0; $i < 5; $i++) { try { $r[] = intdiv(10, $i - 2); } catch (DivisionByZeroError $e) { $r[] = $e->getMessage(); } }
echo implode(",", $r), "\n";
$m = PHP_INT_MIN; $r = [];
for ($i = 0; $i < 3; $i++) { $v = abs($m + $i); $r[] = $v; }
var_dump($r);
$x = 0;
for ($i = 0; $i < 3; $i++) { try { $x += intdiv($m, -1 + $i); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
var_dump($x);
$f = 0.0;
for ($i = 0; $i < 4; $i++) { $f = sqrt(-1.0 * $i); }
var_dump($f, min(3, 2.5), max(2.5, 3));
$y = 0;
for ($i = 0; $i < 4; $i++) { $y = max($i, 2.5); }
var_dump($y);
// A compiled loop calling a recursive function, one that overflows for some arguments, and one
// that divides by zero for one.
function tri($n) { return $n <= 0 ? 0 : $n + tri($n - 1); }
function big($n) { $p = 1; for ($k = 0; $k < $n; $k++) { $p *= 3; } return $p; }
function inverse($n) { if ($n > 100) { return 0; } return 10 % $n; }
$sum = 0;
for ($i = 0; $i < 30; $i++) {
    $sum += tri($i);
}
echo $sum, "\n";
$last = 0;
for ($i = 36; $i < 44; $i++) {
    $last = big($i);
}
var_dump($last);
try {
    for ($i = 5; $i >= 0; $i--) {
        $sum += inverse($i);
    }
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), " from line ", $e->getTrace()[0]['line'], "\n";
}
echo $sum, "\n";
