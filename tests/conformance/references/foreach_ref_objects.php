<?php
$o = new stdClass; $o->a = 1; $o->b = 2;
foreach ($o as $k => &$v) { $v *= 10; }
unset($v);
var_dump($o);
function &gen(array &$arr) { foreach ($arr as $k => &$v) { yield $k => $v; } }
$data = [1, 2, 3];
foreach (gen($data) as &$x) { $x += 100; }
unset($x);
var_dump($data);
