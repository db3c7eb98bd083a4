<?php
// yield with explicit and automatic keys; current()/key() on the generator.
function mixedKeys() {
    yield 'a';                 // key 0
    yield 'x' => 'b';
    yield 'c';                 // key 1: auto keys continue from the largest int key
    yield 10 => 'd';
    yield 'e';                 // key 11
    yield -5 => 'f';
    yield 'g';                 // key 12
    yield 3.7 => 'float key';  // keys are not coerced
    yield null => 'null key';
    yield [1, 2] => 'array key';
    $obj = new stdClass();
    yield $obj => 'object key';
}

foreach (mixedKeys() as $k => $v) {
    echo get_debug_type($k), " ", is_scalar($k) ? var_export($k, true) : json_encode($k), " => $v\n";
}

$g = mixedKeys();
var_dump($g->key(), $g->current());
$g->next();
var_dump($g->key(), $g->current(), $g->valid());

// yield as an expression without a value
function noValue() {
    $x = yield;
    echo "received ", var_export($x, true), "\n";
    yield;
}
foreach (noValue() as $k => $v) {
    var_dump($k, $v);
}

// generator with no yields executed still is a generator
function early(bool $go) {
    if (!$go) return;
    yield 1;
}
var_dump(iterator_to_array(early(false)), iterator_to_array(early(true)));
$e = early(false);
var_dump($e instanceof Generator, $e instanceof Traversable, $e instanceof Iterator, $e->valid(), $e->current(), $e->key());

// keys from a generator used with list()
function pairs() {
    yield 'first' => [1, 'one'];
    yield 'second' => [2, 'two'];
}
foreach (pairs() as $name => [$num, $word]) {
    echo "$name: $num $word\n";
}
