<?php
// FiberError cases.
function attempt(string $label, callable $fn) {
    try {
        $r = $fn();
        echo "$label: ok ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$fresh = new Fiber(function () { Fiber::suspend(1); return 'ret'; });
attempt('resume before start', fn() => $fresh->resume());
attempt('getReturn before start', fn() => $fresh->getReturn());
attempt('start', fn() => $fresh->start());
attempt('start twice', fn() => $fresh->start());
attempt('getReturn while suspended', fn() => $fresh->getReturn());
attempt('resume', fn() => $fresh->resume());
attempt('resume terminated', fn() => $fresh->resume());
attempt('throw into terminated', fn() => $fresh->throw(new Exception('x')));
attempt('getReturn', fn() => $fresh->getReturn());
attempt('suspend outside a fiber', fn() => Fiber::suspend());

$running = new Fiber(function () use (&$running) {
    attempt('resume running fiber from itself', fn() => $running->resume());
    attempt('start running fiber from itself', fn() => $running->start());
    return 'ok';
});
$running->start();

attempt('clone', fn() => clone new Fiber(fn() => 1));
attempt('serialize', fn() => serialize(new Fiber(fn() => 1)));
attempt('non-callable', fn() => new Fiber('no_such_function'));
attempt('argument count', function () {
    $f = new Fiber(function (int $x) { return $x; });
    return $f->start();
});
attempt('argument type', function () {
    $f = new Fiber(function (int $x) { return $x; });
    return $f->start('abc');
});

echo "FiberError cannot be instantiated by user code:\n";
attempt('new FiberError', fn() => new FiberError('x'));
var_dump(is_subclass_of('FiberError', 'Error'), (new ReflectionClass('Fiber'))->isFinal());
