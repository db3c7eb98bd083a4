<?php
// Exceptions crossing fiber boundaries in both directions.
function risky(int $n) {
    if ($n === 2) throw new UnexpectedValueException("bad value $n");
    return $n * 10;
}

$f = new Fiber(function () {
    $results = [];
    for ($i = 0; $i < 4; $i++) {
        $results[] = risky($i);
        Fiber::suspend($i);
    }
    return $results;
});
try {
    $v = $f->start();
    while (!$f->isTerminated()) {
        echo "suspended at $v\n";
        $v = $f->resume();
    }
} catch (UnexpectedValueException $e) {
    echo "main caught: ", $e->getMessage(), "\n";
    echo "thrown in ", basename($e->getFile()), " line ", $e->getLine(), "\n";
    $frames = array_map(fn($fr) => ($fr['class'] ?? '') . ($fr['type'] ?? '') . $fr['function'], $e->getTrace());
    echo "trace: ", implode(' <- ', $frames), "\n";
}
var_dump($f->isTerminated(), $f->isSuspended());

echo "exception from start() (before any suspend):\n";
$g = new Fiber(function () { throw new LengthException('immediately'); });
try {
    $g->start();
} catch (LengthException $e) {
    echo "caught ", $e->getMessage(), "\n";
}

echo "fiber catches its own exception and continues:\n";
$h = new Fiber(function () {
    foreach ([1, 2, 3] as $n) {
        try {
            $r = risky($n);
        } catch (Exception $e) {
            $r = 'error: ' . $e->getMessage();
        }
        Fiber::suspend($r);
    }
});
$out = [$h->start()];
while (!$h->isTerminated()) {
    $r = $h->resume();
    if ($r !== null) $out[] = $r;
}
print_r($out);

echo "exception from an inner fiber propagates through the outer one:\n";
$outer = new Fiber(function () {
    $inner = new Fiber(function () {
        Fiber::suspend('inner waiting');
        throw new OverflowException('inner failure');
    });
    echo "  outer: inner says ", $inner->start(), "\n";
    try {
        $inner->resume();
    } finally {
        echo "  outer: finally after inner failure\n";
    }
});
try {
    $outer->start();
} catch (OverflowException $e) {
    echo "main caught ", $e->getMessage(), "\n";
}

echo "error (not exception) inside a fiber:\n";
$e = new Fiber(function () { return intdiv(1, 0); });
try {
    $e->start();
} catch (DivisionByZeroError $err) {
    echo get_class($err), ": ", $err->getMessage(), "\n";
}
