<?php
// Delegating to inner generators: return values, nesting, shared inner.
function inner(string $tag) {
    echo "  inner $tag start\n";
    $got = yield "$tag-1";
    echo "  inner $tag got ", var_export($got, true), "\n";
    yield "$tag-2";
    return "ret-$tag";
}
function outer() {
    $r1 = yield from inner('A');
    echo "  outer got $r1\n";
    $r2 = yield from inner('B');
    echo "  outer got $r2\n";
    return "$r1+$r2";
}

$g = outer();
foreach ($g as $k => $v) {
    echo "$k => $v\n";
}
echo "outer returned ", $g->getReturn(), "\n";

echo "send passes through delegation:\n";
$g = outer();
echo $g->current(), "\n";
echo $g->send('hello'), "\n";
$g->next();
echo $g->current(), "\n";
echo $g->send('world'), "\n";
$g->next();
var_dump($g->valid(), $g->getReturn());

echo "deep nesting:\n";
function level(int $n) {
    if ($n === 0) {
        yield "leaf";
        return 0;
    }
    yield "enter $n";
    $depth = yield from level($n - 1);
    yield "leave $n";
    return $depth + 1;
}
$l = level(3);
foreach ($l as $v) echo $v, "\n";
echo "depth ", $l->getReturn(), "\n";

echo "delegating to a generator that already started:\n";
$shared = inner('S');
$shared->current();
function resume(Generator $g) { $r = yield from $g; return "resumed:$r"; }
$res = resume($shared);
foreach ($res as $k => $v) echo "$k => $v\n";
echo $res->getReturn(), "\n";

echo "delegating to a finished generator:\n";
$done = (function () { yield 1; return 'finished'; })();
foreach ($done as $_) {}
var_dump($done->valid(), $done->getReturn());
$again = (function () use ($done) { $r = yield from $done; yield "got $r"; })();
try {
    foreach ($again as $v) echo $v, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "yield from the generator itself:\n";
function selfish() { global $me; yield 1; yield from $me; }
$me = selfish();
try {
    foreach ($me as $v) echo $v, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
