<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// foreach over packed arrays of numbers runs compiled: the element (and the key) come from the
// position in the frame's iterator, holes skipped. A hash, an element of another type, and the
// array's end go back to the interpreter, which goes on from the same position.
function total($xs) { $s = 0; foreach ($xs as $x) { $s += $x; } return $s; }
function weighted($xs) { $s = 0.0; foreach ($xs as $k => $x) { $s += $k * $x; } return $s; }
$a = range(1, 1000);
echo total($a), " ", total([1.5, 2.5]), " ", weighted($a), "\n";
$holes = [1, 2, 3, 4, 5, 6]; unset($holes[2], $holes[4]);
echo total($holes), " ", weighted($holes), "\n";
$mixed = [1, 2, 3.5, 4];
echo total($mixed), "\n";
$h = ['a' => 1, 'b' => 2];
echo total($h), "\n";
$strs = [1, 2, "3", 4];
echo total($strs), "\n";
$n = 0;
foreach ($a as $v) { if ($v > 500) break; $n += $v; }
echo $n, "\n";
$arr = [1, 2, 3];
foreach ($arr as $v) { $arr[] = $v; if (count($arr) > 10) break; }
echo count($arr), "\n";
function over($xs) { $p = 1; foreach ($xs as $x) { $p *= $x; } return $p; }
var_dump(over(range(1, 25)));
