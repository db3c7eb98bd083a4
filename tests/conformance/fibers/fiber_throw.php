<?php
// Fiber::throw injects an exception at the suspension point.
$fiber = new Fiber(function () {
    for ($i = 0; $i < 3; $i++) {
        try {
            $v = Fiber::suspend("waiting $i");
            echo "  got $v\n";
        } catch (DomainException $e) {
            echo "  fiber caught ", $e->getMessage(), "\n";
        }
    }
    try {
        Fiber::suspend('last');
    } finally {
        echo "  fiber finally\n";
    }
    return 'never';
});

echo $fiber->start(), "\n";
echo $fiber->resume('x'), "\n";
echo $fiber->throw(new DomainException('injected')), "\n";
echo $fiber->resume('y'), "\n";
try {
    $fiber->throw(new RuntimeException('fatal for fiber'));
} catch (RuntimeException $e) {
    echo "caller caught ", $e->getMessage(), "\n";
}
var_dump($fiber->isTerminated());
try {
    $fiber->getReturn();
} catch (FiberError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// throw into a fiber that has not started
$idle = new Fiber(function () { Fiber::suspend(); });
try {
    $idle->throw(new Exception('too early'));
} catch (FiberError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// the exception thrown in keeps its trace origin (created by the caller)
$f = new Fiber(function () {
    try {
        Fiber::suspend();
    } catch (Exception $e) {
        return basename($e->getFile()) . ':' . $e->getLine();
    }
});
$f->start();
$ex = new Exception('origin');
$f->throw($ex);
echo $f->getReturn(), "\n";
