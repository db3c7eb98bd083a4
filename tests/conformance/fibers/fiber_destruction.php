<?php
// A suspended fiber that is destroyed unwinds: finally blocks run and local
// objects are destructed.
class Res {
    public function __construct(public string $n) { echo "  acquire {$this->n}\n"; }
    public function __destruct() { echo "  release {$this->n}\n"; }
}

function worker(string $name) {
    $r = new Res($name);
    try {
        echo "  $name: suspending\n";
        Fiber::suspend();
        echo "  $name: resumed (not printed when destroyed)\n";
    } finally {
        echo "  $name: finally\n";
    }
    echo "  $name: after try (not printed when destroyed)\n";
}

echo "unset a suspended fiber:\n";
$f = new Fiber(fn() => worker('A'));
$f->start();
unset($f);
echo "after unset\n";

echo "reassign a suspended fiber:\n";
$f = new Fiber(fn() => worker('B'));
$f->start();
$f = new Fiber(fn() => 1);
echo "after reassign\n";

echo "fiber that completes normally:\n";
$f = new Fiber(fn() => worker('C'));
$f->start();
$f->resume();
unset($f);

echo "a never-started fiber holding an object:\n";
$res = new Res('captured');
$f = new Fiber(function () use ($res) { echo "never runs\n"; });
unset($res);
echo "fiber still holds it\n";
unset($f);
echo "after fiber unset\n";

echo "suspended fiber alive at end of script:\n";
$last = new Fiber(fn() => worker('Z'));
$last->start();
echo "end of script\n";
