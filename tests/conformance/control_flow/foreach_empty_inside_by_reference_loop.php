<?php
// A foreach over an empty array (here a call's result) inside a foreach by reference, or while an
// ArrayIterator is positioned: the inner loop must leave the outer loop's hash iterator alone.
class E { function none() { return []; } function one() { return [new stdClass]; } }
$arr = [1, 2, 3];
$n = 0;
foreach ($arr as &$v) {
    echo $v, "\n";
    foreach ((new E)->none() as $x) {}
    foreach ([] as $x) {}
    if (++$n > 5) { echo "runaway loop\n"; break; }
}
unset($v);
class S {
    public $x = [];
    function init(E $e) {
        foreach ($e->one() as $o) { $this->x[] = $o; }
        foreach ($e->none() as $o) { $this->x[] = $o; }
    }
}
$a = new ArrayIterator([10, 11, 12]);
$a->rewind();
$a->next();
(new S)->init(new E);
$b = new ArrayIterator([20, 21]);
$b->rewind();
$b->current();
var_dump($a->current());
$outer = ['a' => 1, 'b' => 2];
foreach ($outer as $k => &$w) {
    foreach ((new E)->none() as $x) {}
    $w *= 10;
    echo "$k\n";
}
var_dump($outer);
