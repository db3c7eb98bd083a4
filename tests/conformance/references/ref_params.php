<?php
// Functions taking &$param: scalars, arrays modified in place, defaults, builtins.
function addOne(&$n) {
    $n++;
}
$x = 1;
addOne($x);
addOne($x);
var_dump($x);
function appendAll(array &$arr, ...$items) {
    foreach ($items as $i) {
        $arr[] = $i;
    }
    return count($arr);
}
$list = [1];
var_dump(appendAll($list, 2, 3), $list);
// Passing an undefined variable by reference creates it (no warning).
function init(&$v) {
    $v = "initialized";
}
init($fresh);
var_dump($fresh);
// Passing an array element or a new key by reference.
$data = ['a' => 1];
addOne($data['a']);
init($data['new']);
addOne($data['list'][2]);
var_dump($data);
// A by-reference param with a default value.
function maybe(&$out = null) {
    $out = "set";
    return "done";
}
var_dump(maybe());
var_dump(maybe($got), $got);
// Reassigning the param to a new reference does not affect the caller.
function rebind(&$p) {
    $other = "other";
    $p = &$other;
    $p = "changed other";
}
$keep = "keep";
rebind($keep);
var_dump($keep);
// Arrays: by-value param is a copy, by-ref is not.
function byVal(array $a) { $a[] = 'x'; return $a; }
function byRef(array &$a) { $a[] = 'x'; }
$arr = [];
byVal($arr);
var_dump(count($arr));
byRef($arr);
byRef($arr);
var_dump($arr);
// Recursive function modifying a nested array by reference.
function deepInc(array &$a) {
    foreach ($a as $k => &$v) {
        if (is_array($v)) deepInc($v); else $v++;
    }
}
$nested = [1, [2, [3, 4]], 5];
deepInc($nested);
echo json_encode($nested), "\n";
// Builtins taking references.
$stack = [3, 1, 2];
sort($stack);
array_push($stack, 9);
$shifted = array_shift($stack);
var_dump($shifted, $stack);
preg_match('/(\d+)-(\d+)/', "10-20", $m);
var_dump($m);
$str = "a,b";
$parts = explode(",", $str);
$last = end($parts);
var_dump($last, key($parts));
// Passing a literal to a by-reference parameter is an error.
try {
    eval('addOne(5);');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Passing a function result by reference: notice, still works on the temporary.
function makeArr() { return [1, 2]; }
var_dump(appendAll(makeArr(), 3));
