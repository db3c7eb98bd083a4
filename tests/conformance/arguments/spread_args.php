<?php
// Spreading arrays into calls: f(...$args).
function sum3($a, $b, $c = 100) {
    return $a + $b + $c;
}
$args = [1, 2, 3];
var_dump(sum3(...$args));
var_dump(sum3(...[10, 20]));
var_dump(sum3(1, ...[2]));
var_dump(sum3(...[1], ...[2], ...[3]));
// Extra spread arguments are ignored by non-variadic functions (visible in func_get_args).
function countArgs($a = null) {
    return func_num_args();
}
var_dump(countArgs(...[1, 2, 3, 4]));
var_dump(countArgs(...[]));
// Spreading into builtins.
var_dump(max(...[4, 9, 2]));
var_dump(str_replace(...['a', 'o', 'banana']));
var_dump(array_merge(...[[1, 2], [3], [4, 5]]));
var_dump(array_merge(...[]));
$parts = ['%s-%s', 'x', 'y'];
var_dump(sprintf(...$parts));
// Spreading an iterator (a builtin Traversable).
var_dump(sum3(...new ArrayIterator([5, 6, 7])));
// Spreading a generator expression result of array_map.
var_dump(sum3(...array_map(fn($v) => $v * 2, [1, 2, 3])));
// Spread with references: the function can modify elements of the array variable.
function incrementAll(&...$refs) {
    foreach ($refs as &$r) {
        $r++;
    }
}
$nums = [1, 2, 3];
incrementAll(...$nums);
var_dump($nums);
function byRef(&$x, $y) {
    $x .= $y;
}
$pair = ['start', '-end'];
byRef(...$pair);
var_dump($pair);
// Spreading a non-array is an error.
try {
    sum3(...null);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    sum3(...5);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Spreading into closures and array literals.
$join = fn(...$p) => implode("+", $p);
var_dump($join(...['a', 'b'], ...['c']));
var_dump([...[1, 2], ...[3], 4]);
var_dump([...['a' => 1, 'b' => 2], ...['a' => 'over']]);
