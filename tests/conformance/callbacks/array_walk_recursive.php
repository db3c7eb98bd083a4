<?php
// array_walk_recursive with by-reference closures and extra argument.
$data = ['a' => 1, 'b' => [2, 3, ['c' => 4, 'd' => 'x']], 'e' => [], 'f' => 5];
array_walk_recursive($data, function (&$v, $k) {
    if (is_int($v)) $v *= 10;
    else $v = strtoupper($v);
});
print_r($data);
$paths = [];
array_walk_recursive($data, function ($v, $k, $tag) use (&$paths) {
    $paths[] = "$tag:$k=$v";
}, 'T');
echo implode(' ', $paths), "\n";
$total = 0;
$r = array_walk_recursive($data, function ($v) use (&$total) {
    if (is_int($v)) $total += $v;
});
var_dump($r, $total);
// nested by-ref through reference to outer array
$matrix = [[1, 2], [3, [4, 5]]];
$ref = &$matrix;
array_walk_recursive($ref, function (&$x, $k, &$counter) {
    $counter++;
    $x = $x * $x + $counter;
}, $dummy);
print_r($matrix);
$counter = 0;
$nested = ['x' => ['y' => ['z' => 1]]];
array_walk_recursive($nested, function (&$v) use (&$counter) {
    $counter++;
    $v = [$v, 'replaced'];
});
var_dump($nested, $counter);
// keys passed are the innermost keys
$keys = [];
array_walk_recursive($nested, function ($v, $k) use (&$keys) { $keys[] = $k; });
var_dump($keys);
