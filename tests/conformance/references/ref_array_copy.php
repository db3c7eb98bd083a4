<?php
// Reference semantics of copied arrays: referenced elements are shared between copies.
$v = 1;
$a = [&$v, 2];
$b = $a;          // the copy shares the reference in slot 0
$b[0] = 'changed via b';
$b[1] = 'only b';
var_dump($a, $v);
// An element referenced from a variable, then the array copied.
$arr = [1, 2, 3];
$ref = &$arr[1];
$copy = $arr;
$copy[1] = 'both';
$copy[2] = 'copy only';
var_dump($arr);
// After unsetting the reference, a new copy is independent (refcount 1 reference).
unset($ref);
$copy2 = $arr;
$copy2[1] = 'copy2 only';
var_dump($arr[1]);
// Passing an array with a referenced element by value to a function.
function modify(array $param) {
    $param[0] = 'modified in function';
    $param[1] = 'local';
    return $param;
}
$x = 'x';
$withRef = [&$x, 'y'];
$res = modify($withRef);
var_dump($withRef, $x);
// array_merge / array_values / array_slice and references.
$s = 's';
$src = ['a' => &$s, 'b' => 'b'];
$merged = array_merge($src, []);
$merged['a'] = 'merged changed';
var_dump($s);
$vals = array_values($src);
$vals[0] = 'values changed';
var_dump($s);
// Nested arrays: copy-on-write of inner arrays without references.
$n1 = ['inner' => [1, 2]];
$n2 = $n1;
$n2['inner'][] = 3;
echo json_encode($n1), json_encode($n2), "\n";
// A reference to an inner array.
$n3 = ['inner' => [1, 2]];
$innerRef = &$n3['inner'];
$n4 = $n3;
$n4['inner'][] = 'shared';
echo json_encode($n3), json_encode($n4), "\n";
// Static and global copies.
$gArr = [&$v];
function readG() {
    global $gArr;
    $local = $gArr;
    $local[0] = 'from function';
}
readG();
var_dump($v);
