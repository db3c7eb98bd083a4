<?php
// array_reduce and array_filter with ARRAY_FILTER_USE_KEY / ARRAY_FILTER_USE_BOTH.
$orders = [
    'o1' => ['qty' => 2, 'price' => 9.5],
    'o2' => ['qty' => 0, 'price' => 100],
    'x3' => ['qty' => 5, 'price' => 1.25],
    'o4' => ['qty' => 1, 'price' => 40],
];
$total = array_reduce($orders, fn($carry, $o) => $carry + $o['qty'] * $o['price'], 0);
var_dump($total);
$max = array_reduce($orders, fn($c, $o) => max($c, $o['price']));
var_dump($max);
var_dump(array_reduce([], fn($c, $x) => $c + $x));
var_dump(array_reduce([], fn($c, $x) => $c + $x, 'initial'));
$grouped = array_reduce(["apple", "avocado", "banana", "blueberry", "cherry"], function ($acc, $w) {
    $acc[$w[0]][] = $w;
    return $acc;
}, []);
print_r($grouped);
$concat = array_reduce([1, 2, 3], fn($c, $x) => "($c+$x)", "0");
echo $concat, "\n";
print_r(array_filter($orders, fn($o) => $o['qty'] > 0));
print_r(array_filter($orders, fn($k) => str_starts_with($k, 'o'), ARRAY_FILTER_USE_KEY));
print_r(array_filter($orders, fn($o, $k) => $k !== 'o1' && $o['price'] < 50, ARRAY_FILTER_USE_BOTH));
print_r(array_filter([0, 1, '', '0', 'a', null, [], [0], false, 0.0, '0.0']));
$evens = array_filter(range(1, 10), fn($n) => $n % 2 === 0);
var_dump(array_keys($evens));
var_dump(array_values($evens));
print_r(array_filter(['a' => 1, 'b' => 2], 'is_int', ARRAY_FILTER_USE_KEY));
$seen = [];
array_filter(['p' => 1, 'q' => 2], function ($v, $k) use (&$seen) {
    $seen[] = func_num_args() . ":$k=$v";
    return true;
}, ARRAY_FILTER_USE_BOTH);
echo implode(" ", $seen), "\n";
$pipeline = array_reduce(
    [fn($x) => $x + 1, fn($x) => $x * 10, 'sqrt'],
    fn($carry, $fn) => fn($x) => $fn($carry($x)),
    fn($x) => $x
);
var_dump($pipeline(9));
