<?php
// Generators yielding by reference.
function &refs(array &$arr) {
    foreach ($arr as $k => &$v) {
        yield $k => $v;
    }
}
$data = [1, 2, 3];
foreach (refs($data) as $k => &$v) {
    $v *= 10;
}
unset($v);
var_dump($data);

function &counter() {
    $value = 0;
    while ($value < 3) {
        yield $value;
        echo "  inside: value is now $value\n";
    }
}
foreach (counter() as &$n) {
    $n++;
}
unset($n);

echo "by-value iteration of a by-ref generator:\n";
$data2 = ['a' => 1];
foreach (refs($data2) as $k => $v) {
    $v = 99;
}
var_dump($data2);

echo "current() of a by-ref generator returns a copy:\n";
$arr = [5];
$g = refs($arr);
$c = $g->current();
$c = 6;
var_dump($arr);

echo "references captured by a closure generator:\n";
$total = 0;
$adder = (function () use (&$total) {
    while (true) {
        $x = yield $total;
        $total += $x;
    }
})();
$adder->current();
$adder->send(5);
$adder->send(7);
var_dump($total);

echo "by-ref yield of a non-variable gives a notice:\n";
function &notVar() { yield 1 + 1; }
foreach (notVar() as $x) var_dump($x);
echo "foreach by reference over a by-value generator:\n";
function byValue() { yield 1; }
try {
    foreach (byValue() as &$bad) {}
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
