<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// Variables bound to references to scalars (global, static, by-reference parameters) run in
// registers in compiled loops and are written back through the reference wherever the loop is
// left: at its end, at a guard, before an error the interpreter throws. Two variables bound to one
// reference, and a reference to a typed property, run interpreted.
$g = 0;
$h = 1.5;
function bump($n) {
    global $g, $h;
    for ($i = 0; $i < $n; $i++) {
        $g += $i;
        $h *= 1.01;
    }
    return $g;
}
function counter() {
    static $calls = 0;
    for ($i = 0; $i < 10; $i++) {
        $calls++;
    }
    return $calls;
}
function add_into(&$total, $n) {
    for ($i = 1; $i <= $n; $i++) {
        $total += $i;
    }
}
echo bump(10), " ", bump(5), " ", round($h, 6), "\n";
echo counter(), " ", counter(), " ", counter(), "\n";
$t = 0;
add_into($t, 100);
add_into($t, 10);
echo $t, "\n";
// Overflow through a reference: the value written back, then the interpreter's float.
$big = PHP_INT_MAX - 5;
add_into($big, 4);
var_dump($big);
// An error thrown in the loop: what the loop did so far is in the global.
function risky() {
    global $g;
    $g = 0;
    for ($i = 0; $i < 10; $i++) {
        $g += 1;
        $q = intdiv(10, 5 - $i);
    }
}
try {
    risky();
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " with \$g = $g\n";
}
// Two variables bound to one reference.
$x = 0;
$y = &$x;
for ($i = 0; $i < 5; $i++) {
    $x += 2;
    $y += 3;
}
echo $x, " ", $y, "\n";
function aliased(&$a, &$b) {
    for ($i = 0; $i < 4; $i++) {
        $a++;
        $b *= 2;
    }
}
$v = 1;
aliased($v, $v);
echo $v, "\n";
$w1 = 1;
$w2 = 1;
aliased($w1, $w2);
echo $w1, " ", $w2, "\n";
// A reference to a typed property: its type is checked by the interpreter.
class Box { public int $n = 0; }
$box = new Box();
$r = &$box->n;
try {
    for ($i = 0; $i < 5; $i++) {
        $r += $i < 3 ? 1 : 0.5;
    }
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($box->n);
