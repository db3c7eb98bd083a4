<?php
// Variadic parameters combined with spread arguments.
function total(...$nums) {
    return array_sum($nums) . " from " . count($nums);
}
var_dump(total());
var_dump(total(1, 2, 3));
var_dump(total(...[4, 5], ...[6]));
// Typed variadics.
function ints(int ...$v) {
    return $v;
}
var_dump(ints(1, "2", 3.0));
try {
    ints(1, "x");
} catch (TypeError $e) {
    echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
}
// Variadic keys: positional are reindexed from 0.
function keys(...$v) {
    return array_keys($v);
}
var_dump(keys(...[5 => 'a', 9 => 'b']));
var_dump(keys('x', ...['k' => 'v']));
// Forwarding variadics to another variadic function.
function wrapper($prefix, ...$rest) {
    return $prefix . ":" . total(...$rest);
}
var_dump(wrapper("w", 1, 2, 3));
var_dump(wrapper(...["p", 10, 20]));
// By-reference variadics.
function addSuffix($suffix, &...$strings) {
    foreach ($strings as &$s) {
        $s .= $suffix;
    }
}
$a = "a";
$b = "b";
addSuffix("!", $a, $b);
var_dump($a, $b);
// Default values before variadics.
function defaults($x = "dx", $y = "dy", ...$z) {
    return json_encode([$x, $y, $z]);
}
var_dump(defaults());
var_dump(defaults(1));
var_dump(defaults(1, 2, 3, 4));
var_dump(defaults(...[1, 2, 3]));
// Variadics and func_get_args together.
function both($first, ...$others) {
    return [func_num_args(), count($others), func_get_args() === array_merge([$first], $others)];
}
var_dump(both(1, 2, 3));
// Closures with variadics passed to array_map with many arrays.
$zip = fn(...$cols) => implode("", $cols);
var_dump(array_map($zip, ['a', 'b'], ['1', '2'], ['x', 'y']));
// Nested spreads building argument lists dynamically.
$calls = [['total', [1, 2]], ['total', []], ['max', [3, 8, 1]], ['implode', [',', ['p', 'q']]]];
foreach ($calls as [$fn, $fnArgs]) {
    echo $fn, " => ", var_export($fn(...$fnArgs), true), "\n";
}
