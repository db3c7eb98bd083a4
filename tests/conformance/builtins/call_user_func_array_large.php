<?php
// call_user_func_array with very many arguments, into builtins and variadic user functions, nested in recursion.
echo call_user_func_array('max', range(1, 100000)), "\n";
echo call_user_func_array('min', array_reverse(range(-5000, 5000))), "\n";
function stats(...$nums) {
    return count($nums) . " values, sum " . array_sum($nums) . ", last " . end($nums);
}
echo call_user_func_array('stats', range(1, 50000)), "\n";
function deep($n) {
    if ($n === 0) {
        return call_user_func_array('stats', range(1, 20000));
    }
    return deep($n - 1);
}
echo deep(200), "\n";
function countArgs() {
    return func_num_args();
}
$total = 0;
for ($i = 0; $i < 100; $i++) {
    $total += call_user_func_array('countArgs', array_fill(0, $i * 100, $i));
}
echo $total, "\n";
function pick($a, $b, $c = "C") {
    return "$a$b$c";
}
echo call_user_func_array('pick', ["A", "B"]), " ", call_user_func_array('pick', ["x", "y", "z", "extra", "more"]), "\n";
echo call_user_func_array('sprintf', array_merge(["%s-%s-%05.1f"], ["a", "b", 3.14159])), "\n";
echo call_user_func('pick', 1, 2), " ", call_user_func('str_repeat', "ab", 3), "\n";
echo call_user_func_array('pick', ["only"]), "\n";
