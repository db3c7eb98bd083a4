<?php
// Invalid operations on generators.
function three() { yield 1; yield 2; yield 3; }

echo "rewind after advancing:\n";
$g = three();
$g->current();
$g->rewind();                 // fine: still at the first yield
echo $g->current(), "\n";
$g->next();
try {
    $g->rewind();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "foreach over a partially consumed generator:\n";
try {
    foreach ($g as $v) echo $v, "\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "foreach twice:\n";
$h = three();
foreach ($h as $v) {}
try {
    foreach ($h as $v) echo $v;
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "clone:\n";
try {
    $c = clone three();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "new Generator:\n";
try {
    new Generator();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "resuming a running generator:\n";
function selfResume() {
    global $gen;
    yield 1;
    $gen->next();
    yield 2;
}
$gen = selfResume();
$gen->current();
try {
    $gen->next();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "serialize:\n";
try {
    serialize(three());
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "operations on a finished generator are no-ops:\n";
$f = three();
foreach ($f as $_) {}
$f->next();
var_dump($f->valid(), $f->current(), $f->key(), $f->send(1));
var_dump($f instanceof Iterator, is_callable([$f, 'send']));
