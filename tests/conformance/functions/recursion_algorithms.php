<?php
// Recursive algorithms: permutations, power set, Ackermann, Hanoi, merge sort, flood fill, memo via global.
function permutations($items) {
    if (count($items) <= 1) return [$items];
    $result = [];
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach (permutations(array_values($rest)) as $p) {
            array_unshift($p, $item);
            $result[] = $p;
        }
    }
    return $result;
}
foreach (permutations(["a", "b", "c"]) as $p) echo implode("", $p), " ";
echo "\n";
function powerSet($s) {
    if (!$s) return [[]];
    $first = array_shift($s);
    $without = powerSet($s);
    $with = [];
    foreach ($without as $sub) $with[] = array_merge([$first], $sub);
    return array_merge($without, $with);
}
echo json_encode(powerSet([1, 2, 3])), "\n";
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
echo ack(2, 3), " ", ack(3, 3), "\n";
function hanoi($n, $from, $to, $via, $moves) {
    if ($n === 0) return $moves;
    $moves = hanoi($n - 1, $from, $via, $to, $moves);
    $moves[] = "$from->$to";
    return hanoi($n - 1, $via, $to, $from, $moves);
}
$m = hanoi(4, "A", "C", "B", []);
echo count($m), ": ", implode(" ", array_slice($m, 0, 7)), "\n";
function mergeSort($a) {
    $n = count($a);
    if ($n < 2) return $a;
    $mid = intdiv($n, 2);
    $l = mergeSort(array_slice($a, 0, $mid));
    $r = mergeSort(array_slice($a, $mid));
    $out = [];
    $i = $j = 0;
    while ($i < count($l) && $j < count($r)) {
        $out[] = $l[$i] <= $r[$j] ? $l[$i++] : $r[$j++];
    }
    while ($i < count($l)) $out[] = $l[$i++];
    while ($j < count($r)) $out[] = $r[$j++];
    return $out;
}
echo implode(",", mergeSort([38, 27, 43, 3, 9, 82, 10, 3, -5, 0])), "\n";
$memo = [];
function fib($n) {
    global $memo;
    if ($n < 2) return $n;
    if (isset($memo[$n])) return $memo[$n];
    return $memo[$n] = fib($n - 1) + fib($n - 2);
}
echo fib(90), " ", count($memo), "\n";
function fill($grid, $r, $c, $target, $repl) {
    if ($r < 0 || $c < 0 || $r >= count($grid) || $c >= strlen($grid[0])) return $grid;
    if ($grid[$r][$c] !== $target) return $grid;
    $grid[$r][$c] = $repl;
    $grid = fill($grid, $r + 1, $c, $target, $repl);
    $grid = fill($grid, $r - 1, $c, $target, $repl);
    $grid = fill($grid, $r, $c + 1, $target, $repl);
    return fill($grid, $r, $c - 1, $target, $repl);
}
$g = ["..#..", ".##..", "#...#", "..#.."];
echo implode("\n", fill($g, 0, 4, ".", "~")), "\n";
function depth($n) {
    return $n === 0 ? 0 : 1 + depth($n - 1);
}
echo depth(20000), "\n";
function gcd($a, $b) { return $b === 0 ? $a : gcd($b, $a % $b); }
echo gcd(1071, 462), " ", gcd(17, 5), "\n";
function binarySearch($arr, $x, $lo, $hi) {
    if ($lo > $hi) return -1;
    $mid = ($lo + $hi) >> 1;
    if ($arr[$mid] === $x) return $mid;
    return $arr[$mid] < $x ? binarySearch($arr, $x, $mid + 1, $hi) : binarySearch($arr, $x, $lo, $mid - 1);
}
$sorted = range(0, 99, 3);
echo binarySearch($sorted, 42, 0, count($sorted) - 1), " ", binarySearch($sorted, 43, 0, count($sorted) - 1), "\n";
function flatten($a) {
    $out = [];
    foreach ($a as $v) {
        if (is_array($v)) {
            foreach (flatten($v) as $w) $out[] = $w;
        } else {
            $out[] = $v;
        }
    }
    return $out;
}
echo implode(" ", flatten([1, [2, [3, [4, [5]]]], [[6]], 7])), "\n";
