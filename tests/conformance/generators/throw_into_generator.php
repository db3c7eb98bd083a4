<?php
// Generator::throw: exceptions injected at the current yield.
function resilient() {
    $i = 0;
    while ($i < 5) {
        try {
            $x = yield $i;
            echo "  sent: ", var_export($x, true), "\n";
        } catch (InvalidArgumentException $e) {
            echo "  generator caught: ", $e->getMessage(), "\n";
            $i += 10;
            yield "recovered";
        }
        $i++;
    }
    return 'done';
}
$g = resilient();
echo $g->current(), "\n";
echo "throw returns the next yielded value: ", $g->throw(new InvalidArgumentException('bad input')), "\n";
$g->next();
var_dump($g->valid(), $g->getReturn());

echo "uncaught inside the generator propagates to the caller:\n";
function fragile() {
    try {
        yield 1;
        yield 2;
    } finally {
        echo "  fragile finally\n";
    }
}
$f = fragile();
$f->current();
try {
    $f->throw(new RuntimeException('kaboom'));
} catch (RuntimeException $e) {
    echo "caller caught: ", $e->getMessage(), "\n";
}
var_dump($f->valid(), $f->current());

echo "throw into a generator that has not started:\n";
function notStarted() {
    echo "  body runs\n";
    try {
        yield 1;
    } catch (Exception $e) {
        echo "  caught inside after advancing to the first yield: ", $e->getMessage(), "\n";
    }
}
$n = notStarted();
try {
    var_dump($n->throw(new LogicException('early')));
} catch (LogicException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump($n->valid());

echo "throw into a finished generator:\n";
$done = (function () { yield 1; })();
foreach ($done as $_) {}
try {
    $done->throw(new Exception('too late'));
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}

echo "throw through yield from reaches the inner generator:\n";
function innerG() {
    try { yield 'inner'; } catch (Exception $e) { echo "  inner caught ", $e->getMessage(), "\n"; yield 'inner recovered'; }
}
function outerG() { yield from innerG(); yield 'outer after'; }
$o = outerG();
echo $o->current(), "\n";
echo $o->throw(new Exception('deep')), "\n";
$o->next();
echo $o->current(), "\n";
