<?php
// Generator::send: the first send runs to the first yield; send returns
// the next yielded value.
function logger() {
    echo "logger started\n";
    while (true) {
        $msg = yield;
        if ($msg === null) {
            echo "null received, stopping\n";
            return 'stopped';
        }
        echo "log: $msg\n";
    }
}
$l = logger();
$l->send('first');      // starts the generator, then delivers 'first'
$l->send('second');
$l->send(null);
var_dump($l->valid(), $l->getReturn());
var_dump($l->send('after end'));

function accumulator() {
    $total = 0;
    while (true) {
        $x = yield $total;
        if ($x === 'reset') { $total = 0; continue; }
        $total += $x;
    }
}
$acc = accumulator();
var_dump($acc->current());
var_dump($acc->send(5), $acc->send(10), $acc->send('reset'), $acc->send(1));

function echoer() {
    $received = [];
    try {
        for ($i = 0; $i < 3; $i++) {
            $v = yield "q$i";
            $received[] = $v;
            echo "  got ", var_export($v, true), " for q$i\n";
        }
    } finally {
        echo "  echoer done: ", json_encode($received), "\n";
    }
}
$e = echoer();
echo $e->current(), "\n";
echo $e->send('A'), "\n";
$e->next();                         // next() sends null
echo $e->current(), "\n";
var_dump($e->send('C'));
var_dump($e->valid());

echo "send before current():\n";
function order() {
    echo "  before first yield\n";
    $a = yield 1;
    echo "  a=$a\n";
    $b = yield 2;
    echo "  b=$b\n";
}
$o = order();
var_dump($o->send('x'));
var_dump($o->send('y'));
var_dump($o->valid());
