<?php
// Fiber start/suspend/resume/getReturn and state queries.
function state(Fiber $f): string {
    return implode(',', array_keys(array_filter([
        'started' => $f->isStarted(),
        'suspended' => $f->isSuspended(),
        'running' => $f->isRunning(),
        'terminated' => $f->isTerminated(),
    ]))) ?: 'init';
}

$fiber = new Fiber(function (string $greeting, int $n): string {
    echo "  fiber started with $greeting, $n\n";
    $x = Fiber::suspend('first suspend');
    echo "  fiber resumed with ", var_export($x, true), "\n";
    $y = Fiber::suspend(['second', $x]);
    echo "  fiber resumed with ", var_export($y, true), "\n";
    $z = Fiber::suspend();
    echo "  fiber resumed with ", var_export($z, true), "\n";
    return "result $greeting";
});

echo "state: ", state($fiber), "\n";
$v = $fiber->start('hi', 3);
echo "start returned ", json_encode($v), "; state: ", state($fiber), "\n";
$v = $fiber->resume('A');
echo "resume returned ", json_encode($v), "; state: ", state($fiber), "\n";
$v = $fiber->resume();
echo "resume returned ", json_encode($v), "\n";
$v = $fiber->resume(42);
echo "resume returned ", json_encode($v), "; state: ", state($fiber), "\n";
echo "getReturn: ", $fiber->getReturn(), "\n";

// isRunning from inside
$self = new Fiber(function () use (&$self) {
    echo "  inside: ", state($self), "\n";
    var_dump(Fiber::getCurrent() === $self);
});
$self->start();
var_dump(Fiber::getCurrent());

// a fiber that never suspends
$quick = new Fiber(fn(int $a, int $b) => $a + $b);
var_dump($quick->start(2, 3), $quick->isTerminated(), $quick->getReturn());

// a fiber returning nothing
$void = new Fiber(function () { Fiber::suspend(1); });
$void->start();
var_dump($void->resume(), $void->getReturn());

// callable forms accepted by the constructor
$f1 = new Fiber('strtoupper');
var_dump($f1->start('callable string'), $f1->getReturn());
class Job { public function run($x) { return Fiber::suspend($x) . '!'; } }
$f2 = new Fiber([new Job(), 'run']);
var_dump($f2->start('method'));
$f2->resume('done');
var_dump($f2->getReturn());
