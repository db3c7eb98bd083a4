<?php
// Closures passed to array_map, array_filter, usort, uasort, uksort, array_walk, array_reduce.
$nums = [5, 3, 8, 1, 9, 2];
print_r(array_map(function ($v) { return $v * $v; }, $nums));
print_r(array_map(fn($a, $b) => $a . $b, ['x', 'y', 'z'], [1, 2]));
print_r(array_map(fn($v) => strtoupper($v), ['k1' => 'a', 'k2' => 'b']));
print_r(array_map(null, [1, 2], ['a', 'b']));
print_r(array_filter($nums, function ($v) { return $v > 4; }));
print_r(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
print_r(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($v, $k) => $v > 1 && $k != 'c', ARRAY_FILTER_USE_BOTH));
print_r(array_filter([0, 1, '', null, 'a', false, [], '0']));
$sorted = $nums;
usort($sorted, function ($a, $b) { return $b - $a; });
echo implode(",", $sorted), "\n";
$people = [
    ['name' => 'bob', 'age' => 30],
    ['name' => 'al', 'age' => 25],
    ['name' => 'cy', 'age' => 30],
    ['name' => 'di', 'age' => 25],
];
usort($people, fn($p, $q) => [$p['age'], $p['name']] <=> [$q['age'], $q['name']]);
echo implode(" ", array_map(fn($p) => "$p[name]:$p[age]", $people)), "\n";
// Stable sort: equal elements keep their order.
$words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date'];
usort($words, fn($a, $b) => strlen($a) <=> strlen($b));
echo implode(",", $words), "\n";
$assoc = ['b' => 2, 'a' => 3, 'c' => 1];
uasort($assoc, fn($x, $y) => $x <=> $y);
print_r($assoc);
uksort($assoc, fn($x, $y) => strcmp($x, $y));
print_r($assoc);
// array_walk with a by-reference parameter and an extra argument.
$prices = ['tea' => 2, 'cake' => 5];
array_walk($prices, function (&$v, $k, $rate) { $v = "$k=" . ($v * $rate); }, 3);
print_r($prices);
$matrix = [[1, 2], [3, 4]];
array_walk_recursive($matrix, function (&$v, $k) { $v = $v * 10 + $k; });
echo json_encode($matrix), "\n";
var_dump(array_reduce($nums, fn($carry, $v) => $carry + $v, 0));
var_dump(array_reduce([], fn($c, $v) => $c + $v));
var_dump(array_reduce(['a', 'b', 'c'], fn($c, $v) => $v . $c, '>'));
// Callback returning non-int for usort is coerced.
$floats = [0.5, 0.2, 0.9];
usort($floats, fn($a, $b) => $a - $b);
echo implode(",", $floats), "\n";
// A callback modifying an outer variable by reference while iterating.
$calls = 0;
$r = array_map(function ($v) use (&$calls) { $calls++; return $v + $calls; }, [10, 20, 30]);
echo implode(",", $r), " calls=$calls\n";
