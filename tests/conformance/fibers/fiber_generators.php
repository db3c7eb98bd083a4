<?php
// Generators combined with fibers: a fiber consuming a generator, and a
// generator body suspending the enclosing fiber.
function numbers() {
    for ($i = 1; $i <= 3; $i++) {
        echo "  gen: yielding $i\n";
        yield $i;
    }
    return 'gen done';
}

$consumer = new Fiber(function () {
    $sum = 0;
    $g = numbers();
    foreach ($g as $n) {
        $sum += $n;
        $cmd = Fiber::suspend("partial $sum");
        echo "  fiber: got command $cmd\n";
    }
    return [$sum, $g->getReturn()];
});
echo $consumer->start(), "\n";
while (!$consumer->isTerminated()) {
    $r = $consumer->resume('continue');
    if ($r !== null) echo $r, "\n";
}
echo json_encode($consumer->getReturn()), "\n";

echo "generator body suspends the fiber:\n";
function suspendingGen() {
    for ($i = 0; $i < 3; $i++) {
        $fromFiber = Fiber::suspend("gen wants value $i");
        yield $i => $fromFiber;
    }
}
$f = new Fiber(function () {
    $out = [];
    foreach (suspendingGen() as $k => $v) {
        echo "  fiber: gen produced $k => $v\n";
        $out[] = $v;
    }
    return $out;
});
$msg = $f->start();
$n = 0;
while (!$f->isTerminated()) {
    echo "main: $msg\n";
    $msg = $f->resume('v' . $n++);
}
print_r($f->getReturn());

echo "generator created outside, advanced inside fibers:\n";
$shared = numbers();
$f1 = new Fiber(function () use ($shared) { echo "  f1 sees ", $shared->current(), "\n"; $shared->next(); Fiber::suspend(); echo "  f1 sees ", $shared->current(), "\n"; });
$f2 = new Fiber(function () use ($shared) { echo "  f2 sees ", $shared->current(), "\n"; $shared->next(); });
$f1->start();
$f2->start();
$f1->resume();
