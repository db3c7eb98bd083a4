<?php
// Recursive closures via use (&$f).
$fact = function ($n) use (&$fact) {
    return $n <= 1 ? 1 : $n * $fact($n - 1);
};
var_dump($fact(0), $fact(5), $fact(20));
$memo = [];
$fib = function ($n) use (&$fib, &$memo) {
    if ($n < 2) return $n;
    if (isset($memo[$n])) return $memo[$n];
    return $memo[$n] = $fib($n - 1) + $fib($n - 2);
};
var_dump($fib(50), count($memo));
// Tree walk.
$tree = ['a' => ['b' => ['c' => 1, 'd' => 2], 'e' => 3], 'f' => ['g' => 4]];
$walk = function ($node, $path = '') use (&$walk) {
    $out = [];
    foreach ($node as $k => $v) {
        $p = $path === '' ? $k : "$path.$k";
        if (is_array($v)) {
            $out = array_merge($out, $walk($v, $p));
        } else {
            $out[] = "$p=$v";
        }
    }
    return $out;
};
echo implode(" ", $walk($tree)), "\n";
// Towers of Hanoi collecting moves by reference.
$moves = [];
$hanoi = function ($n, $from, $to, $via) use (&$hanoi, &$moves) {
    if ($n == 0) return;
    $hanoi($n - 1, $from, $via, $to);
    $moves[] = "$from>$to";
    $hanoi($n - 1, $via, $to, $from);
};
$hanoi(3, 'A', 'C', 'B');
echo count($moves), ": ", implode(" ", $moves), "\n";
// Mutual recursion between two closures.
$isEven = function ($n) use (&$isOdd) { return $n == 0 ? true : $isOdd($n - 1); };
$isOdd = function ($n) use (&$isEven) { return $n == 0 ? false : $isEven($n - 1); };
var_dump($isEven(10), $isOdd(7), $isEven(3));
// Flatten with array_map + recursion.
$flatten = function ($a) use (&$flatten) {
    return is_array($a) ? array_merge([], ...array_map($flatten, array_values($a))) : [$a];
};
echo json_encode($flatten([1, [2, [3, [4]], 5], [[6]]])), "\n";
// Permutations.
$perms = function ($items) use (&$perms) {
    if (count($items) <= 1) return [$items];
    $result = [];
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach ($perms(array_values($rest)) as $p) {
            $result[] = array_merge([$item], $p);
        }
    }
    return $result;
};
echo implode(" ", array_map('implode', $perms(['a', 'b', 'c']))), "\n";
// Reassigning the variable changes what the recursion calls.
$r = function ($n) use (&$r) { return $n == 0 ? "base" : $r($n - 1); };
$old = $r;
$r = fn($n) => "replaced($n)";
var_dump($old(3));
