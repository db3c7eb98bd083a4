<?php
// array_map / array_filter / array_reduce / array_walk with string callbacks to user and builtin functions.
function square($x) { return $x * $x; }
function isEven($x) { return $x % 2 === 0; }
function add($carry, $x) { return $carry + $x; }
function joinPair($a, $b) { return "$a=$b"; }
function keyIsShort($k) { return strlen($k) <= 3; }
function both($v, $k) { return $v > 1 && $k !== "d"; }
$n = range(1, 10);
var_dump(array_map('square', $n));
var_dump(array_filter($n, 'isEven'));
var_dump(array_reduce($n, 'add', 0), array_reduce([], 'add'), array_reduce([], 'add', 'init'));
var_dump(array_map('joinPair', ["a", "b", "c"], [1, 2]));
var_dump(array_map(null, [1, 2], ["x", "y"]));
var_dump(array_map('strtoupper', ["k1" => "a", "k2" => "b"]));
var_dump(array_map('trim', [" a ", "\tb\n"]), array_map('intval', ["1", "2x", "x"]), array_map('str_repeat', ["a", "b"], [2, 3]));
$assoc = ["abc" => 1, "defg" => 2, "hi" => 3, "d" => 4];
var_dump(array_filter($assoc, 'keyIsShort', ARRAY_FILTER_USE_KEY));
var_dump(array_filter($assoc, 'both', ARRAY_FILTER_USE_BOTH));
var_dump(array_filter([0, 1, "", "0", "a", null, [], [0], false, 0.0]));
var_dump(call_user_func('str_pad', "x", 5, "-", STR_PAD_BOTH), call_user_func_array('max', [3, 9, 2]), call_user_func_array('joinPair', ["k", "v"]));
var_dump(is_callable('square'), is_callable('nope'), is_callable('strlen'), function_exists('add'), function_exists('ADD'));
$fname = "square";
var_dump($fname(7));
$builtin = "str_replace";
var_dump($builtin("a", "b", "banana"));
var_dump(array_sum(array_map('square', array_filter($n, 'isEven'))));
var_dump(usort($n, 'cmpDesc'), implode(",", $n));
function cmpDesc($a, $b) { return $b - $a; }
var_dump(array_walk($assoc, 'printKV'));
function printKV($v, $k) { echo "[$k => $v]"; }
echo "\n";
$names = ["alice", "BOB", "cAROL"];
var_dump(array_map('ucfirst', array_map('strtolower', $names)));
var_dump(array_map('abs', [-1, -2.5, 3]), array_map('strrev', ['ab', 'cd']), array_map('count', [[1], [1, 2], []]));
