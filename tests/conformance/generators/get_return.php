<?php
// Generator::getReturn and the errors around it.
function withReturn() {
    yield 1;
    yield 2;
    return ['sum' => 3];
}
$g = withReturn();
try {
    $g->getReturn();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach ($g as $v) echo $v, "\n";
var_dump($g->getReturn());

function onlyReturn() {
    return 'immediate';
    yield;
}
$o = onlyReturn();
var_dump($o->valid());
var_dump($o->getReturn());

function noReturn() { yield 'x'; }
$n = noReturn();
foreach ($n as $_) {}
var_dump($n->getReturn());

echo "after an exception:\n";
function throws() { yield 1; throw new DomainException('inside'); }
$t = throws();
try {
    foreach ($t as $v) echo $v, "\n";
} catch (DomainException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
try {
    $t->getReturn();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "return with a value computed from sent input:\n";
function averager() {
    $sum = 0; $count = 0;
    while (($x = yield) !== null) { $sum += $x; $count++; }
    return $count ? $sum / $count : null;
}
$a = averager();
$a->current();
foreach ([4, 8, 15, 16, 23, 42] as $x) $a->send($x);
$a->send(null);
var_dump($a->getReturn());

echo "return value of yield from an array is null:\n";
function fromArray() { $r = yield from [1, 2]; return var_export($r, true); }
$fa = fromArray();
foreach ($fa as $_) {}
var_dump($fa->getReturn());

echo "return by reference generator:\n";
function &refGen() { $v = 1; yield $v; return $v; }
$rg = refGen();
foreach ($rg as $_) {}
var_dump($rg->getReturn());
