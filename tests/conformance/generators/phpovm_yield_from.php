<?php
function inner() { $x = yield 1; echo "inner got $x\n"; yield 2; return "inner-ret"; }
function outer() { $r = yield from inner(); echo "outer got $r\n"; yield 3; return "outer-ret"; }
$g = outer();
foreach ($g as $k => $v) { echo "$k => $v\n"; }
echo $g->getReturn(), "\n";
$g = outer(); echo $g->current(), "\n"; echo $g->send("hello"), "\n"; $g->next(); echo $g->current(), "\n";
function nums() { yield 1; yield 2; return 3; }
function wrap() { $a = yield from nums(); $b = yield from nums(); return $a + $b; }
$w = wrap(); foreach ($w as $v) echo $v; echo " ", $w->getReturn(), "\n";
var_dump(iterator_to_array(wrap(), false));
$shared = nums();
function consume($g) { return yield from $g; }
$c1 = consume($shared); foreach ($c1 as $v) echo "c1:$v "; echo $c1->getReturn(), "\n";
function thrower() { yield 1; throw new RuntimeException("from inner"); }
function catcher() { try { yield from thrower(); } catch (RuntimeException $e) { echo "caught: ", $e->getMessage(), "\n"; yield 100; } }
foreach (catcher() as $v) echo $v, "\n";
