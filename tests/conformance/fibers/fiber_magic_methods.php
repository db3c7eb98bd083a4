<?php
// Fiber::suspend() from inside magic methods and callbacks running in a
// fiber: __get, __call, __toString, __invoke, offsetGet, getIterator
// generators, a constructor and a method called through array_map; the
// fiber resumes each time with a value supplied by the caller. Extending
// the final Fiber class at run time is fatal (last).
class Lazy implements ArrayAccess, IteratorAggregate {
    public function __construct() { $v = Fiber::suspend('in constructor'); echo "ctor got $v\n"; }
    public function __get($n) { return "get $n=" . Fiber::suspend("in __get($n)"); }
    public function __call($m, $a) { return "call $m=" . Fiber::suspend("in __call($m)"); }
    public function __toString(): string { return "str=" . Fiber::suspend('in __toString'); }
    public function __invoke($x) { return "invoke $x=" . Fiber::suspend("in __invoke($x)"); }
    public function offsetExists($o): bool { return true; }
    public function offsetGet($o): mixed { return "offset $o=" . Fiber::suspend("in offsetGet($o)"); }
    public function offsetSet($o, $v): void {}
    public function offsetUnset($o): void {}
    public function getIterator(): Generator {
        for ($i = 0; $i < 2; $i++) {
            yield $i => Fiber::suspend("in getIterator #$i");
        }
    }
    public function double(int $x): int { return $x * Fiber::suspend("in double($x)"); }
}

$fiber = new Fiber(function (): string {
    $l = new Lazy();
    $out = [];
    $out[] = $l->prop;
    $out[] = $l->magic();
    $out[] = (string) $l;
    $out[] = $l('x');
    $out[] = $l['k'];
    foreach ($l as $k => $v) { $out[] = "iter $k=$v"; }
    $out[] = implode(',', array_map([$l, 'double'], [1, 2]));
    return implode(' | ', $out);
});
$reply = 0;
$where = $fiber->start();
while (!$fiber->isTerminated()) {
    $reply++;
    echo "suspended $where -> resume with $reply\n";
    $where = $fiber->resume($reply);
}
echo $fiber->getReturn(), "\n";

echo "extending Fiber:\n";
if (class_exists('Fiber')) {
    class MyFiber extends Fiber {}
}
echo "not reached\n";
