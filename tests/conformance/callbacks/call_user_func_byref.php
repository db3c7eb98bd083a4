<?php
// call_user_func / call_user_func_array with by-reference parameters and named arguments.
function incr(int &$n, int $by = 1): int {
    $n += $by;
    return $n;
}
$x = 1;
$r = call_user_func('incr', $x);
echo "call_user_func: returned $r, x=$x\n";
$args = [5];
$r = call_user_func_array('incr', $args);
echo "call_user_func_array by value array: returned $r, args[0]={$args[0]}\n";
$y = 10;
$refArgs = [&$y, 3];
$r = call_user_func_array('incr', $refArgs);
echo "with reference in array: returned $r, y=$y\n";
$r = call_user_func_array('incr', ['by' => 7, 'n' => $y]);
echo "named: returned $r, y=$y\n";
function describe(string $a, string $b = 'B', string ...$rest): string {
    return "$a|$b|" . implode(',', $rest);
}
echo call_user_func_array('describe', ['x', 'y', 'z', 'w']), "\n";
echo call_user_func_array('describe', ['b' => 'named-b', 'a' => 'named-a']), "\n";
echo call_user_func('describe', 'only'), "\n";
echo call_user_func_array(fn(...$all) => count($all), [1, 2, 3]), "\n";
try {
    call_user_func_array('describe', ['a' => 1, 'zzz' => 2]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    call_user_func_array('describe', ['a' => 'x', 0 => 'positional after named']);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$sorter = 'sort';
$list = [3, 1, 2];
call_user_func_array($sorter, [&$list]);
echo implode(",", $list), "\n";
$list2 = [3, 1, 2];
call_user_func($sorter, $list2);
echo implode(",", $list2), "\n";
$byRefClosure = function (array &$a) { $a[] = 'pushed'; };
$target = [];
call_user_func_array($byRefClosure, [&$target]);
call_user_func($byRefClosure, $target);
print_r($target);
var_dump(is_callable('incr'), is_callable('nope'), is_callable(fn() => 1), is_callable('strlen'));
try {
    call_user_func('undefined_fn_xyz');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
