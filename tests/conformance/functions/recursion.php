<?php
// Recursive functions.
function fib($n) {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
for ($i = 0; $i <= 20; $i++) {
    echo fib($i), " ";
}
echo "\n";
function ackermann($m, $n) {
    if ($m == 0) {
        return $n + 1;
    }
    if ($n == 0) {
        return ackermann($m - 1, 1);
    }
    return ackermann($m - 1, ackermann($m, $n - 1));
}
for ($m = 0; $m <= 2; $m++) {
    for ($n = 0; $n <= 3; $n++) {
        echo "A($m,$n)=", ackermann($m, $n), " ";
    }
    echo "\n";
}
echo "A(3,3)=", ackermann(3, 3), "\n";
function fact($n) {
    return $n <= 1 ? 1 : $n * fact($n - 1);
}
var_dump(fact(0), fact(5), fact(20), fact(21), fact(30));
function gcd($a, $b) {
    return $b == 0 ? $a : gcd($b, $a % $b);
}
var_dump(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
function hanoi($n, $from, $to, $via) {
    if ($n == 0) {
        return 0;
    }
    $moves = hanoi($n - 1, $from, $via, $to);
    if ($n >= 3) {
        echo "move disk $n from $from to $to\n";
    }
    return $moves + 1 + hanoi($n - 1, $via, $to, $from);
}
var_dump(hanoi(4, "A", "C", "B"));
function sumDigits($n) {
    return $n < 10 ? $n : $n % 10 + sumDigits(intdiv($n, 10));
}
var_dump(sumDigits(987654321));
function flatten($arr) {
    $out = [];
    foreach ($arr as $v) {
        if (is_array($v)) {
            $out = array_merge($out, flatten($v));
        } else {
            $out[] = $v;
        }
    }
    return $out;
}
var_dump(implode(",", flatten([1, [2, [3, [4, [5]]]], [[6]], 7])));
function permutations($items) {
    if (count($items) <= 1) {
        return [$items];
    }
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
foreach (permutations(["a", "b", "c"]) as $p) {
    echo implode("", $p), " ";
}
echo "\n";
function depth($n) {
    return $n == 0 ? 0 : 1 + depth($n - 1);
}
var_dump(depth(5000));
function isEven($n) {
    return $n == 0 ? true : isOdd($n - 1);
}
function isOdd($n) {
    return $n == 0 ? false : isEven($n - 1);
}
var_dump(isEven(10), isOdd(7), isEven(7));
function power($b, $e) {
    if ($e == 0) return 1;
    $half = power($b, intdiv($e, 2));
    return $e % 2 ? $half * $half * $b : $half * $half;
}
var_dump(power(2, 10), power(3, 13), power(2, 64), power(7, 0));
