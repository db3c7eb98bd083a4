<?php
// Destructuring with references: [&$a, $b] = $arr.
$arr = [1, 2];
[&$a, $b] = $arr;
$a = 'changed';
$b = 'not linked';
var_dump($arr);
// Keyed reference destructuring.
$config = ['host' => 'h', 'port' => 80];
['host' => &$host, 'port' => $port] = $config;
$host = 'example';
$port = 8080;
var_dump($config);
// Nested references.
$data = [[1, 2], [3, 4]];
[[&$x, $y], [, &$w]] = $data;
$x = 'X';
$w = 'W';
echo json_encode($data), "\n";
// References to missing keys create them.
$sparse = [];
[0 => &$created, 'k' => &$ck] = $sparse;
$created = 'zero';
$ck = 'kay';
var_dump($sparse);
// foreach with reference destructuring.
$points = [[1, 1], [2, 4], [3, 9]];
foreach ($points as [&$px, $py]) {
    $px = $px * 100 + $py;
}
unset($px);
echo json_encode($points), "\n";
// list() syntax with references.
$pair = ['left', 'right'];
list(&$l, &$r) = $pair;
[$l, $r] = [$r, $l];
var_dump($pair);
// Reference destructuring of a nested element.
$tree = ['node' => ['value' => 1, 'children' => []]];
['node' => ['value' => &$val, 'children' => &$kids]] = $tree;
$val++;
$kids[] = 'child';
echo json_encode($tree), "\n";
// Mixing by-value copy and reference from the same array.
$src = ['a' => 1, 'b' => 2];
['a' => $copyA, 'b' => &$refB] = $src;
$copyA = 100;
$refB = 200;
var_dump($src);
// The reference survives a copy of the array (shared slot).
$orig = [10, 20];
[&$first] = $orig;
$copy = $orig;
$first = 'shared';
var_dump($copy[0]);
