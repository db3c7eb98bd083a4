<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// Loops the JIT refuses or leaves (references, globals, statics, arrays, strings, objects with
// destructors, calls, exceptions, generators): the interpreter runs them as without the JIT.
class Noisy {
    public function __construct(public int $n) {}
    public function __destruct() { echo "destroyed {$this->n}\n"; }
}
function gen($n) {
    for ($i = 0; $i < $n; $i++) {
        yield $i => $i * 2;
    }
}
function stat_counter() {
    static $calls = 0;
    for ($i = 0; $i < 3; $i++) {
        $calls++;
    }
    return $calls;
}
$g = 0;
function use_global($n) {
    global $g;
    for ($i = 0; $i < $n; $i++) {
        $g += $i;
    }
}
use_global(10);
use_global(5);
var_dump($g, stat_counter(), stat_counter());

$a = 1;
$r = &$a;
for ($i = 0; $i < 5; $i++) {
    $r += $i;
}
var_dump($a);

$list = [];
for ($i = 0; $i < 5; $i++) {
    $list[] = $i;
}
$list['k'] = 1;
for ($i = 0; $i < 5; $i++) {
    $list[$i] = $i * 1.5;
}
var_dump($list);

$s = '';
for ($i = 0; $i < 5; $i++) {
    $s .= $i;
}
var_dump($s);

for ($i = 0; $i < 3; $i++) {
    $o = new Noisy($i);
}
unset($o);

$total = 0;
foreach (gen(5) as $k => $v) {
    $total += $k + $v;
}
var_dump($total);

function divide_all($n) {
    $sum = 0;
    for ($i = 3; $i > -$n; $i--) {
        $sum += intdiv(100, $i) + 100 % $i;
    }
    return $sum;
}
try {
    divide_all(3);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " on line ", $e->getLine(), "\n";
}
function float_divide($n) {
    $x = 10.0;
    for ($i = $n; $i >= 0; $i--) {
        $x = $x / $i;
    }
    return $x;
}
try {
    float_divide(4);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " on line ", $e->getLine(), "\n";
}
function mod_all($n) {
    $m = 0;
    for ($i = $n; $i >= 0; $i--) {
        $m += 7 % $i;
    }
    return $m;
}
try {
    mod_all(5);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " on line ", $e->getLine(), "\n";
}
