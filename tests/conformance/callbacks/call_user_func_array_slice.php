<?php
// call_user_func_array($f, array_slice($args, $offset, $length)) is compiled to send the slice
// directly: lengths from variables (int, null, negative, float, invalid), offsets past the end,
// by-reference parameters.
$array = [1, 2, 3, 4];
foreach ([[0, 2], [1, null], [1, -1], [0, 2.0], [3, 5], [9, 1], [0, "2"], [0, 0]] as [$offset, $len]) {
    echo json_encode([$offset, $len]), ": ";
    call_user_func_array(function (...$a) { echo json_encode($a), "\n"; }, array_slice($array, $offset, $len));
}
foreach ([[], "x", 1.5] as $len) {
    try {
        call_user_func_array('var_dump', array_slice($array, 0, $len));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
function inc(&$n) { $n++; return $n; }
$len = 1;
var_dump(call_user_func_array('inc', array_slice($array, 1, $len)));
var_dump($array);
function slice_of_args() {
    $n = 2;
    return call_user_func_array('max', array_slice(func_get_args(), 1, $n));
}
var_dump(slice_of_args(100, 5, 7, 200));
