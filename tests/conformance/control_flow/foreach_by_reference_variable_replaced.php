<?php
// A foreach by reference whose body assigns a non-array to the variable it iterates: the next
// step warns and the loop ends; an array assigned instead is iterated from the loop's position.
$a = [1, 2];
foreach ($a as &$v) {
    echo "v=$v\n";
    $a = 3;
}
var_dump($a);
$b = [1, 2, 3];
foreach ($b as &$w) {
    echo "w=$w\n";
    if ($w === 1) $b = null;
}
var_dump($b);
$c = [1, 2, 3];
foreach ($c as $k => &$x) {
    echo "$k=$x\n";
    if ($k === 0) $c = ['p' => 'q', 'r' => 's'];
}
unset($x);
var_dump($c);
set_error_handler(function ($no, $msg) { throw new ErrorException($msg); });
try {
    $d = [1, 2];
    foreach ($d as &$y) { $d = "str"; }
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
