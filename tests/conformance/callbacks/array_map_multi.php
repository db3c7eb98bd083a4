<?php
// array_map with several arrays, null callback (zip), uneven lengths, keys.
var_dump(array_map(null, [1, 2, 3], ['a', 'b', 'c']));
var_dump(array_map(null, [1, 2], ['x']));
var_dump(array_map(null, ['k' => 1, 'j' => 2]));
var_dump(array_map(null, []));
var_dump(array_map(fn($a, $b) => $a . $b, ['p' => 'x', 'q' => 'y'], [1, 2]));
var_dump(array_map(fn($a, $b, $c) => [$a, $b, $c], [1, 2, 3], [4], [7, 8]));
$mul = function (...$xs) { return array_product(array_filter($xs, fn($v) => $v !== null)); };
var_dump(array_map($mul, [1, 2, 3], [4, 5, 6], [7, 8]));
var_dump(array_map('max', [1, 9, 3], [4, 5, 6]));
var_dump(array_map(fn($x) => $x * 2, ['a' => 1, 'b' => 2]));
var_dump(array_map(null, [3 => 'three', 1 => 'one']));
$matrix = [[1, 2, 3], [4, 5, 6]];
var_dump(array_map(null, ...$matrix));
try {
    array_map(fn($a) => $a, [1], 'no');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    array_map('no_such_function_zz', [1]);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
