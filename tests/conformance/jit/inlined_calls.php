<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// Short functions called in a compiled loop run inline. Where the inlined code cannot go on (an
// int overflow in the function, a division by zero, an argument of another type) the interpreter
// makes the call itself, from the start: the results, warnings and errors are php's.
function A($i, $j) {
    return 1.0 / ((($i + $j) * ($i + $j + 1) >> 1) + $i + 1);
}
function square($x) {
    $y = $x * $x;
    return $y;
}
function half($x) {
    return intdiv($x, 2);
}
function ratio($a, $b) {
    return $a / $b;
}
function noisy($x) {
    echo "noisy($x)\n";
    return $x;
}
function twice($x) { return square($x) * 2; }

$sum = 0.0;
for ($i = 0; $i < 30; $i++) {
    for ($j = 0; $j < 30; $j++) {
        $sum += A($i, $j) * ($j + 1);
    }
}
printf("%.10f\n", $sum);

$s = 0;
for ($i = 0; $i < 20; $i++) {
    $s += square($i - 10);
}
var_dump($s);
$big = 3037000490;
$t = 0;
for ($i = 0; $i < 4; $i++) {
    $t += square($big + $i);
}
var_dump($t);
$h = 0;
for ($i = 0; $i < 10; $i++) {
    $h += half($i);
}
var_dump($h);
$r = 0;
try {
    for ($i = 5; $i > -3; $i--) {
        $r += ratio(10, $i);
    }
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump($r);
$x = 0;
for ($i = 0; $i < 3; $i++) {
    $x += noisy($i);
}
var_dump($x);
$w = 0;
for ($i = 0; $i < 5; $i++) {
    $w += twice($i);
}
var_dump($w);
$m = 0;
$vals = [1, 2, 3, 4, 5, 6];
for ($i = 0; $i < 6; $i++) {
    $m += square($vals[$i]) + square($i);
}
var_dump($m);
$mixed = [1, 2.5, 3, "4", 5];
$q = 0;
for ($i = 0; $i < 5; $i++) {
    $q += square($mixed[$i]);
}
var_dump($q);
try {
    for ($i = 0; $i < 3; $i++) {
        $q += square();
    }
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
