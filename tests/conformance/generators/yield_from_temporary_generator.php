<?php
// `yield from` a generator held in a temporary (the result of an assignment or a call): the
// delegation takes the temporary's reference, and destroying the outer generator leaves the inner
// one to whoever else holds it.
function inner() { yield 1; yield 2; return 'inner done'; }
function outer() {
    global $r;
    $x = yield from $r = inner();
    echo "outer got: $x\n";
}
$g = outer();
var_dump($g->current());
unset($g);
var_dump($r->valid(), $r->current());
$r->next();
var_dump($r->current());

function outer2() { return yield from inner(); }
$g2 = outer2();
foreach ($g2 as $k => $v) echo "$k => $v\n";
var_dump($g2->getReturn());

function outer3() { $i = inner(); yield from $i; yield 3; }
foreach (outer3() as $v) echo $v, "\n";
class Holder { public $gen; }
function outer4(Holder $h) { yield from ($h->gen = inner()); }
$h = new Holder;
$g4 = outer4($h);
$g4->current();
$g4 = null;
var_dump($h->gen->valid(), $h->gen->current());
