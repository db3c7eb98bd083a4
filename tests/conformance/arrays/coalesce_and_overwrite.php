<?php
// ?? on keys an array lacks or holds (packed, hash, holes, nulls, references), and scalar writes
// over existing elements (string and int keys, shared arrays, references, nested containers).
$packed = [10, 20, null, 40];
unset($packed[3]);
$hash = ['a' => 1, 'n' => null, 5 => 'five', '07' => 'string key'];
foreach ([0, 2, 3, 9, -1] as $i) echo $i, ': ', var_export($packed[$i] ?? 'dflt', true), "\n";
echo $hash['a'] ?? 'x', ' ', $hash['n'] ?? 'null-is-missing', ' ', $hash['zz'] ?? 'missing', ' ', $hash[5] ?? '-', ' ',
     $hash['5'] ?? '-', ' ', $hash['07'] ?? '-', ' ', $hash[7] ?? 'no int 7', "\n";
$k = '5';
echo $hash[$k] ?? '-', ' ', $hash[$k . '0'] ?? 'no 50', "\n";
$nested = ['x' => ['y' => ['z' => 'deep']]];
echo $nested['x']['y']['z'] ?? '-', ' ', $nested['x']['q']['z'] ?? 'no q', ' ', $nested['w']['y'] ?? 'no w', "\n";
$ref = &$hash;
echo $ref['a'] ?? '-', ' ', $ref['b'] ?? 'no b', "\n";
function byRef(array &$a) { return ($a['a'] ?? 0) + ($a['missing'] ?? 100); }
echo byRef($hash), "\n";
$str = 'abc';
echo $str[1] ?? '-', ' ', $str[10] ?? 'no offset', ' ', $str['x'] ?? 'no x', "\n";
$none = null;
echo $none['a'] ?? 'null container', ' ', $undefinedVar['a'] ?? 'undefined container', "\n";
$ao = new ArrayObject(['k' => 1]);
echo $ao['k'] ?? '-', ' ', $ao['nope'] ?? 'ao missing', "\n";
echo ['lit' => 1]['lit'] ?? '-', ' ', ['lit' => 1]['nope'] ?? 'lit missing', "\n";
function tmpArr() { return ['t' => 't']; }
echo tmpArr()['t'] ?? '-', ' ', tmpArr()['u'] ?? 'tmp missing', "\n";

// Writes over existing elements.
$h = ['s' => 1, 'f' => 1.5, 'b' => true, 'n' => null, 'str' => 'old', 'arr' => [1]];
$shared = $h;
$h['s'] = 2; $h['f'] = 2.5; $h['b'] = false; $h['n'] = 3; $h['str'] = 4; $h['arr'] = 5;
var_dump($h, $shared);
$x = 1;
$withRef = ['r' => &$x];
$withRef['r'] = 99;
var_dump($x);
$grid = [[0, 0], [0, 0]];
for ($i = 0; $i < 2; $i++) for ($j = 0; $j < 2; $j++) $grid[$i][$j] = $i * 10 + $j;
$copyGrid = $grid;
$grid[1][1] = 'changed';
var_dump($grid, $copyGrid);
$ints = [3 => 'a', 8 => 'b'];
$ints[8] = 'B'; $ints[3] = 3.5;
echo json_encode($ints), ' ', json_encode($ints[3] = 7), "\n";
function lit() { $a = ['k' => 1]; $a['k'] = 2; return $a; }
echo json_encode(lit()), json_encode(lit()), "\n";
class P { public array $list = ['a' => 1]; public int|string $v = 0; }
$p = new P;
$p->list['a'] = 5;
$arrOfObj = ['o' => $p];
$arrOfObj['o'] = 1;
var_dump($p->list, $arrOfObj);
$g = ['v' => 1];
function setGlobal() { $GLOBALS['g']['v'] = 2; }
setGlobal();
echo $g['v'], "\n";
// Plain reads of elements that hold null, false and arrays, from packed and hash arrays.
$tree = [[null, null], [[null, false], null]];
var_dump($tree[0][0], $tree[1][0][1], $tree[1][1], $tree[0] === [null, null], ['k' => null]['k'], $hash['n']);
echo $tree[5][0] ?? 'absent', "\n";
var_dump(@$tree[5]);
