<?php
// foreach over generators: each way a resume can go (plain yields, a throw out of the body, a
// finally, yield from generators and arrays, a yield inside an argument list, a fiber, a
// backtrace from inside, keys of every kind, by-reference generators) and its errors.

function counted($n) {
    try {
        for ($i = 0; $i < $n; $i++) {
            yield $i => $i * 10;
        }
    } finally {
        echo "counted($n) finally\n";
    }
    return "done $n";
}

foreach (counted(3) as $k => $v) {
    echo "$k => $v\n";
}

// An exception thrown inside the generator's body while foreach resumes it.
function thrower() {
    try {
        yield 1;
        yield 2;
        throw new RuntimeException("from inside");
    } finally {
        echo "thrower finally\n";
    }
}
try {
    foreach (thrower() as $v) {
        echo "got $v\n";
    }
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), " at line ", $e->getLine(), "\n";
}

// The generator is closed after the throw: a second traversal is an error.
$g = thrower();
try {
    foreach ($g as $v) {
        echo "got $v\n";
    }
} catch (RuntimeException $e) {
    echo "caught again: ", $e->getMessage(), "\n";
}
try {
    foreach ($g as $v) {
        echo "never\n";
    }
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// Started by hand, then foreach: rewind fails after the first yield has passed.
$g = counted(4);
$g->next();
try {
    foreach ($g as $v) {
        echo "never $v\n";
    }
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
unset($g);

// Started by hand but still at its first yield: foreach may continue from there.
$g = counted(2);
echo "current: ", $g->current(), "\n";
foreach ($g as $k => $v) {
    echo "after current: $k => $v\n";
}
echo "return: ", $g->getReturn(), "\n";

// Breaking out, then resuming by hand.
$g = counted(5);
foreach ($g as $v) {
    if ($v >= 20) break;
}
$g->next();
echo "after break and next: ", $g->key(), " => ", $g->current(), "\n";
unset($g);

// Delegation: the outer generator waits on inner ones and on arrays.
function inner($tag) {
    yield "$tag-a";
    yield "$tag-b";
    return "$tag-ret";
}
function outer() {
    $r = yield from inner("x");
    yield "outer saw $r";
    yield from ["k1" => "array-1", "k2" => "array-2"];
    $r = yield from inner("y");
    yield "outer saw $r";
    yield from new ArrayIterator([7, 8]);
}
foreach (outer() as $k => $v) {
    echo var_export($k, true), " => $v\n";
}

// Iterating the inner generator while an outer one delegates to it.
$in = inner("z");
$out = (function () use ($in) { yield 0; $r = yield from $in; yield "got $r"; })();
foreach ($out as $k => $v) {
    echo "out $k => $v\n";
    if ($v === 0) {
        foreach ($in as $ik => $iv) {
            echo "  in $ik => $iv\n";
            break;
        }
    }
}

// A yield inside an argument list: the call being built is frozen across the yield.
function pack3($a, $b, $c) { return "$a|$b|$c"; }
function args() {
    $s = pack3(yield 1, yield 2, yield 3);
    yield $s;
    echo strtoupper(yield "x"), "\n";
}
foreach (args() as $v) {
    echo "arg step: ", var_export($v, true), "\n";
}

// The same, with the call frozen by a foreach in a function that then returns: the frames the
// caller pushes afterwards reuse that stack, and the call must come back intact on resumption.
function stop_at($g, $stop) {
    foreach ($g as $v) {
        echo "stop_at($stop) sees ", var_export($v, true), "\n";
        if ($v === $stop) return;
    }
}
function clobber($a, $b, $c, $d, $e, $f) {
    return $a > 0 ? clobber($a - 1, "$b+", $c, $d, $e, $f) : $b . $c . $d . $e . $f;
}
function args2() {
    yield 0;
    $s = pack3(yield 1, yield 2, yield 3);
    yield $s;
    echo strtoupper(yield "x"), "\n";
}
$g = args2();
stop_at($g, 0);
stop_at($g, 1);
echo clobber(12, "q", "r", "s", "t", "u"), " ", str_repeat("-", 3), "\n";
echo "send: ", var_export($g->send("B"), true), "\n";
echo "send: ", var_export($g->send("C"), true), "\n";
echo "send: ", var_export($g->send("tail"), true), "\n";

// A backtrace from inside a generator shows the function running the foreach.
function traced() {
    yield 1;
    foreach (debug_backtrace() as $frame) {
        echo "  frame: ", $frame['function'], "\n";
    }
    yield 2;
}
function runner() {
    foreach (traced() as $v) {
        echo "traced $v\n";
    }
}
runner();

// A generator foreach'd inside a fiber, suspending from the generator's body.
$fiber = new Fiber(function () {
    $gen = (function () {
        for ($i = 0; $i < 3; $i++) {
            $sent = Fiber::suspend("suspend $i");
            yield $i => "value $i ($sent)";
        }
    })();
    foreach ($gen as $k => $v) {
        echo "fiber foreach $k => $v\n";
    }
    return "fiber done";
});
$x = $fiber->start();
while (!$fiber->isTerminated()) {
    echo "main got: $x\n";
    $x = $fiber->resume(strtoupper($x));
}
echo $fiber->getReturn(), "\n";

// A generator resuming itself.
function self_runner() {
    global $selfgen;
    yield 1;
    try {
        $selfgen->next();
    } catch (Error $e) {
        echo "inside: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
    foreach ($selfgen as $v) {
        echo "never\n";
    }
}
$selfgen = self_runner();
try {
    foreach ($selfgen as $v) {
        echo "self $v\n";
    }
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// Keys: strings, floats, null, objects, arrays and auto-keys after explicit integer keys.
function keys() {
    yield "s" => 1;
    yield 5 => 2;
    yield 3;
    yield 1.5 => 4;
    yield null => 5;
    yield [1, 2] => 6;
    yield 7;
}
foreach (keys() as $k => $v) {
    echo $v, ": ", json_encode($k), "\n";
}

// By reference.
function &refs(array &$arr) {
    foreach ($arr as $k => &$v) {
        yield $k => $v;
    }
}
$data = [1, 2, 3];
foreach (refs($data) as $k => &$v) {
    $v *= 100;
}
unset($v);
echo implode(",", $data), "\n";
try {
    foreach (counted(1) as &$v) {
    }
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// Exceptions thrown by the loop body, with the generator left suspended.
$g = counted(3);
try {
    foreach ($g as $v) {
        if ($v == 10) throw new LogicException("body");
    }
} catch (LogicException $e) {
    echo "body threw at ", $g->current(), "\n";
}
unset($g);
echo "end\n";
