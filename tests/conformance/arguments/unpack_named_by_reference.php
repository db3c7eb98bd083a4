<?php
// f(...$array) with string keys: an element passed by name to a by-reference parameter becomes a
// reference in the caller's array (separated from a copy that shares it).
function test2($a = null, &$b = null) { $b++; }
$ary = ['b' => 0];
$ary2 = $ary;
test2(...$ary);
var_dump($ary, $ary2);
function both(&$x, &$y) { $x .= "!"; $y .= "?"; }
$v = ['y' => 'why', 'x' => 'ex'];
both(...$v);
var_dump($v);
$w = ['first', 'y' => 'second'];
both(...$w);
var_dump($w);
