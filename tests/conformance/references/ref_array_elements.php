<?php
// References to array elements and arrays holding references.
$arr = [1, 2, 3];
$r = &$arr[1];
$r = 20;
var_dump($arr);
// Reference to a non-existent element creates it with NULL.
$ref2 = &$arr[5];
var_dump(count($arr), $arr[5]);
$ref2 = "five";
var_dump($arr[5]);
// Reference to a string key.
$map = ['a' => 'A'];
$ra = &$map['a'];
$rb = &$map['b'];
$ra .= "!";
$rb = "B";
var_dump($map);
// An element referencing a variable.
$v = 1;
$list = [&$v, &$v, $v];
$list[0] = 100;
var_dump($v, $list);
// Two elements referencing each other.
$pair = ['x' => 1];
$pair['y'] = &$pair['x'];
$pair['y'] = 2;
var_dump($pair);
// Appending by reference.
$bag = [];
$bag[] = &$v;
$v = "via v";
var_dump($bag);
// array functions on arrays containing references.
$data = [3, 1, 2];
$first = &$data[0];
sort($data);
$first = 'changed';
var_dump($data);
$keys = array_keys(['k' => &$v]);
var_dump($keys);
// Once the only other alias is unset, var_dump no longer marks the element with &.
$solo = [1, 2];
$tmp = &$solo[0];
unset($tmp);
var_dump($solo);
// array_pop/array_shift on referenced elements.
$q = ['a', 'b', 'c'];
$last = &$q[2];
$popped = array_pop($q);
$last = 'modified after pop';
var_dump($popped, $q);
// References to elements of an element that is a string are an error.
$str = ['text' => 'abc'];
try {
    $bad = &$str['text'][0];
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
