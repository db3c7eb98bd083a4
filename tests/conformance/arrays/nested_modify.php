<?php
// Deeply nested arrays built and modified in loops, copy-on-write with nested arrays and functions.
$tree = [];
$paths = ["a/b/c", "a/b/d", "a/e", "f", "a/b/c/g"];
foreach ($paths as $p) {
    $parts = explode("/", $p);
    $n = count($parts);
    if ($n === 1) {
        $tree[$parts[0]] = $tree[$parts[0]] ?? [];
    } elseif ($n === 2) {
        $tree[$parts[0]][$parts[1]] = $tree[$parts[0]][$parts[1]] ?? [];
    } elseif ($n === 3) {
        $tree[$parts[0]][$parts[1]][$parts[2]] = $tree[$parts[0]][$parts[1]][$parts[2]] ?? [];
    } else {
        $tree[$parts[0]][$parts[1]][$parts[2]][$parts[3]] = [];
    }
}
print_r($tree);
echo json_encode($tree), "\n";
function countLeaves($t) {
    if (!is_array($t) || $t === []) return 1;
    $sum = 0;
    foreach ($t as $child) $sum += countLeaves($child);
    return $sum;
}
echo countLeaves($tree), "\n";
function addItem($cart, $item, $qty) {
    $cart["items"][$item] = ($cart["items"][$item] ?? 0) + $qty;
    $cart["total"] = array_sum($cart["items"]);
    return $cart;
}
$cart = ["items" => [], "total" => 0];
$cart2 = addItem($cart, "apple", 2);
$cart3 = addItem($cart2, "apple", 3);
$cart3 = addItem($cart3, "pear", 1);
var_dump($cart, $cart2, $cart3);
$grid = array_fill(0, 3, array_fill(0, 3, 0));
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        $grid[$i][$j] = $i * 3 + $j;
    }
}
$copy = $grid;
$copy[1][1] = "X";
echo json_encode($grid), " ", json_encode($copy), "\n";
$stack = [[1, [2, [3, [4]]]]];
$flat = [];
while ($stack) {
    $top = array_pop($stack);
    if (is_array($top)) {
        for ($k = count($top) - 1; $k >= 0; $k--) $stack[] = $top[$k];
    } else {
        $flat[] = $top;
    }
}
echo implode(",", $flat), "\n";
$m = ["x" => ["y" => ["z" => 1]]];
$m["x"]["y"]["z"]++;
$m["x"]["y"]["w"][] = 5;
$m["x"]["new"]["deep"] = "d";
unset($m["x"]["y"]["z"]);
var_dump($m);
$list = [[3, "c"], [1, "a"], [2, "b"]];
$list[] = $list[0];
$list[0][1] = "changed";
var_dump($list);
[$p, [$q, $r]] = [1, [2, 3]];
["k" => $kk, "l" => [$l0]] = ["k" => "K", "l" => ["L0"]];
var_dump($p, $q, $r, $kk, $l0);
[, $second, , $fourth] = [1, 2, 3, 4];
var_dump($second, $fourth);
$swapA = 1; $swapB = 2;
[$swapA, $swapB] = [$swapB, $swapA];
var_dump($swapA, $swapB);
foreach ([[1, [2]], [3, [4]]] as [$o, [$in]]) echo "$o-$in ";
echo "\n";
