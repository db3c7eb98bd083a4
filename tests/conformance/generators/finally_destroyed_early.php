<?php
// A generator destroyed before completion runs its pending finally blocks.
function withFinally(string $name) {
    echo "  [$name] start\n";
    try {
        try {
            yield 1;
            yield 2;
            yield 3;
        } finally {
            echo "  [$name] inner finally\n";
        }
    } finally {
        echo "  [$name] outer finally\n";
    }
    echo "  [$name] after try (only when completed)\n";
}

echo "break out of foreach (generator is a temporary):\n";
foreach (withFinally('A') as $v) {
    echo "got $v\n";
    if ($v === 2) break;
}
echo "after foreach A\n";

echo "unset after one value:\n";
$g = withFinally('B');
echo $g->current(), "\n";
unset($g);
echo "after unset B\n";

echo "reassigning the variable:\n";
$g = withFinally('C');
$g->current();
$g = null;
echo "after null C\n";

echo "never started: no finally:\n";
$g = withFinally('D');
unset($g);
echo "after unset D\n";

echo "completed normally:\n";
foreach (withFinally('E') as $v) {}

echo "finally that yields while being destroyed:\n";
function yieldInFinally() {
    try {
        yield 'body';
    } finally {
        echo "  cleanup begins\n";
        yield 'from finally';
        echo "  cleanup ends (not printed on destruction)\n";
    }
}
$y = yieldInFinally();
echo $y->current(), "\n";
try {
    unset($y);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "after destroying yieldInFinally\n";

echo "return inside try with finally:\n";
function retFinally() {
    try {
        yield 1;
        return 'from try';
    } finally {
        echo "  finally on return\n";
    }
}
$r = retFinally();
foreach ($r as $v) echo $v, "\n";
echo $r->getReturn(), "\n";

echo "generator alive until end of script:\n";
$alive = withFinally('Z');
$alive->current();
echo "script end\n";
