<?php
// Fibers started inside fibers: suspend affects only the current fiber.
function log_(string $m) { echo str_repeat('  ', depth()), $m, "\n"; }
function depth(): int {
    global $stack;
    return count($stack);
}
$stack = [];

$inner = new Fiber(function () {
    global $stack;
    $stack[] = 'inner';
    log_("inner: start");
    $x = Fiber::suspend('inner-1');
    log_("inner: resumed with $x");
    array_pop($stack);
    return 'inner-result';
});

$outer = new Fiber(function () use ($inner) {
    global $stack;
    $stack[] = 'outer';
    log_("outer: start, starting inner");
    $v = $inner->start();
    log_("outer: inner suspended with $v");
    $w = Fiber::suspend('outer-1');
    log_("outer: resumed with $w, resuming inner");
    $inner->resume('from outer');
    log_("outer: inner returned " . $inner->getReturn());
    array_pop($stack);
    return 'outer-result';
});

echo "main: ", $outer->start(), "\n";
var_dump($inner->isSuspended(), $outer->isSuspended());
$outer->resume('from main');
echo "main: outer returned ", $outer->getReturn(), "\n";

echo "main resumes a fiber suspended inside another fiber:\n";
$a = new Fiber(function () {
    echo "  a: suspending\n";
    Fiber::suspend('a-suspended');
    echo "  a: resumed\n";
    return 'a done';
});
$b = new Fiber(function () use ($a) {
    echo "  b: starting a\n";
    echo "  b: a says ", $a->start(), "\n";
    Fiber::suspend('b-suspended');
    echo "  b: finished\n";
});
echo "main: b says ", $b->start(), "\n";
echo "main: resuming a directly\n";
$a->resume();
echo "main: a returned ", $a->getReturn(), "\n";
$b->resume();
var_dump($b->isTerminated());

echo "getCurrent in nested fibers:\n";
$o = new Fiber(function () {
    $outerSelf = Fiber::getCurrent();
    $i = new Fiber(function () use ($outerSelf) {
        var_dump(Fiber::getCurrent() !== $outerSelf);
    });
    $i->start();
    var_dump(Fiber::getCurrent() === $outerSelf);
});
$o->start();
