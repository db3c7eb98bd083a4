<?php
// Arrays have value semantics: assignment, arguments and foreach copy.
function modify($arr) {
    $arr[] = "added in function";
    $arr[0] = "changed in function";
    return $arr;
}
$orig = ["original", "second"];
$result = modify($orig);
var_dump($orig, $result);
$a = [1, 2, 3];
$b = $a;
$b[] = 4;
$b[0] = 100;
var_dump($a, $b);
$nested = ["inner" => [1, 2]];
$copy = $nested;
$copy["inner"][] = 3;
var_dump($nested, $copy);
$arr = [1, 2, 3];
foreach ($arr as $v) {
    $arr[] = $v * 10;
    $v = 0;
}
var_dump($arr);
$arr2 = [1, 2, 3];
foreach ($arr2 as $k => $v) {
    $arr2[$k] = $v * 2;
}
var_dump($arr2);
$s1 = "abc";
$s2 = $s1;
$s2[0] = "X";
var_dump($s1, $s2);
function build($n) {
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out["k$i"] = $i;
    }
    return $out;
}
$x = build(3);
$y = build(3);
$y["k1"] = "diff";
var_dump($x, $y, $x == build(3));
$matrix = [[0, 0], [0, 0]];
$row = $matrix[0];
$row[0] = 9;
var_dump($matrix[0][0], $row[0]);
