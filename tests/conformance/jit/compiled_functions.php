<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_func=2
// Functions that compute a number from numbers run compiled, with the functions they call. Where
// compiled code cannot go on (an int overflow, a division by zero, calls too deep, a parameter of
// another type) the interpreter runs the call from its start: results, warnings, errors and
// backtraces are php's.
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function fibt(int $n): int { return $n < 2 ? $n : fibt($n - 1) + fibt($n - 2); }
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
// Overflows deep inside: the whole call is redone by the interpreter, which gives a float.
function grow($n) { return $n == 0 ? PHP_INT_MAX - 3 : grow($n - 1) + 1; }
// Deeper than compiled calls go.
function depth($n) { return $n == 0 ? 0 : depth($n - 1) + 1; }
// Floats, a return type assumed and confirmed, an int returned as a declared float.
function halves($n) { if ($n == 0) return 1.0; return halves($n - 1) / 2; }
function widen(int $n): float { if ($n > 100) return widen($n - 100) + 1; return $n * 3; }
// Several functions compiled together; bools; a loop inside a function.
function sq($x) { return $x * $x; }
function dist2($a, $b) { return sq($a) + sq($b); }
function is_even_r($n) { return $n == 0 ? true : is_odd_r($n - 1); }
function is_odd_r($n) { return $n == 0 ? false : is_even_r($n - 1); }
function pick($flag, $a, $b) { if ($flag) { return $a; } return $b; }  // (too short to compile)
function sum_to($n) { $s = 0; for ($i = 1; $i <= $n; $i++) { $s += $i; } return $s; }
function collatz($n) { $steps = 0; while ($n != 1) { $n = $n % 2 == 0 ? $n >> 1 : 3 * $n + 1; $steps++; } return $steps; }
function nothing($x) { $y = $x; return null; }
// Errors thrown where the interpreter runs the call, k calls deep.
function ratio($a, $b, $k) { return $k == 0 ? $a / $b : ratio($a, $b, $k - 1); }
function modulo($a, $b, $k) { return $k == 0 ? $a % $b : modulo($a, $b, $k - 1); }

for ($i = 0; $i < 3; $i++) {
    echo fib(20), " ", fibt(15), " ", ack(2, 3 + $i), "\n";
}
echo ack(3, 5), "\n";
var_dump(grow(10), grow(2), grow(3), grow(4));
echo depth(10), " ", depth(20000), " ", depth(5000), " ", depth(30), "\n";
var_dump(halves(3), halves(10), widen(2), widen(3), widen(250));
echo dist2(3, 4), " ", dist2(1.5, 2), " ", dist2(3, 4), " ", dist2(2.5, 0.5), "\n";
var_dump(is_even_r(10), is_odd_r(7), is_even_r(7), is_odd_r(4));
var_dump(pick(true, 1, 2), pick(false, 1, 2), pick(0, 1.5, 2.5), pick(1, 1.5, 2.5));
echo sum_to(100), " ", sum_to(1000), " ", collatz(27), " ", collatz(97), "\n";
var_dump(nothing(1), nothing(2), nothing(3.5));
// Parameters of other types run interpreted, with php's conversions and warnings.
echo fib(10), " ", fib(10.0), " ", fib("10"), " ", fib(true), "\n";
echo sq(3), " ", sq("4"), " ", sq(null), "\n";
try {
    echo sq("x"), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), " at line ", $e->getLine(), "\n";
}
for ($i = 0; $i < 4; $i++) {
    echo ratio(10, 4, 3), " ", modulo(10, 4, 3), "\n";
}
foreach ([[1, 0], [1.0, 0.0], [7, -1]] as [$a, $b]) {
    try {
        echo ratio($a, $b, 2), "\n";
    } catch (DivisionByZeroError $e) {
        echo get_class($e), ": ", $e->getMessage(), " at line ", $e->getLine(), "\n";
    }
    try {
        echo modulo($a, $b, 3), "\n";
    } catch (DivisionByZeroError $e) {
        echo get_class($e), ": ", $e->getMessage(), " at line ", $e->getLine(), "\n";
        foreach ($e->getTrace() as $frame) {
            echo "  ", $frame['function'], "(", implode(", ", $frame['args'] ?? []), ") line ", $frame['line'], "\n";
        }
    }
}
// Called by builtins (a frame libphp starts), with extra arguments, and with too few.
function cmp($a, $b) { return $a - $b; }
$xs = [5, 3, 9, 1, 7, 2, 8];
usort($xs, 'cmp');
echo implode(",", $xs), "\n";
echo implode(",", array_map('sq', [1, 2, 3, 4])), "\n";
echo sq(5, 6, 7), " ", call_user_func('dist2', 6, 8), "\n";
try {
    echo dist2(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// A function is redefined nowhere, but one declared later is bound when it is called.
if (true) {
    function late($x) { return $x + 100; }
}
function uses_late($x) { return late($x) * 2; }
echo uses_late(1), " ", uses_late(2), " ", uses_late(3), "\n";
// A parameter with a default: not compiled, run as ever.
function scaled($x, $f = 2) { return $x <= 0 ? 0 : scaled($x - 1, $f) + $f; }
echo scaled(10), " ", scaled(10, 3), " ", scaled(4, 0.5), "\n";
