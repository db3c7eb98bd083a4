<?php
// Exceptions thrown inside generators and their effect on the generator.
function risky(array $items) {
    foreach ($items as $i) {
        if ($i < 0) throw new RangeException("negative: $i");
        yield $i;
    }
    return 'complete';
}

$g = risky([1, 2, -3, 4]);
try {
    foreach ($g as $v) echo "got $v\n";
} catch (RangeException $e) {
    echo "caught ", $e->getMessage(), " at line ", $e->getLine(), "\n";
}
var_dump($g->valid());
try {
    foreach ($g as $v) echo "never\n";
    echo "foreach over the failed generator does nothing\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "exception in a delegated generator unwinds the outer one:\n";
function outer() {
    try {
        yield 'before';
        yield from risky([5, -1]);
        yield 'after (not reached)';
    } catch (RangeException $e) {
        echo "  outer caught ", $e->getMessage(), "\n";
        yield 'handled';
    } finally {
        echo "  outer finally\n";
    }
}
foreach (outer() as $k => $v) echo "$k => $v\n";

echo "exception thrown from a generator's finally during destruction:\n";
function badFinally() {
    try { yield 1; } finally { throw new LogicException('from finally'); }
}
$b = badFinally();
$b->current();
try {
    $b = null;
} catch (LogicException $e) {
    echo "caught ", $e->getMessage(), "\n";
}

echo "exception inside a generator used by array_map:\n";
try {
    array_map(fn($x) => iterator_to_array(risky([$x])), [1, -2, 3]);
} catch (RangeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}

echo "trace of an exception from a generator:\n";
function traced() { yield 1; throw new Exception('traced'); }
try {
    foreach (traced() as $_) {}
} catch (Exception $e) {
    foreach ($e->getTrace() as $i => $frame) {
        echo "#$i ", $frame['function'], " line ", $frame['line'] ?? '?', "\n";
    }
}
echo "previous chain with generators:\n";
function wrapper() {
    try { yield from traced(); } catch (Exception $e) { throw new RuntimeException('wrapped', 1, $e); }
}
try { foreach (wrapper() as $_) {} } catch (RuntimeException $e) {
    echo $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n";
}
