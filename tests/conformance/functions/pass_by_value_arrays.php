<?php
// Arrays and strings passed by value: callee modifications never leak, return values are copies.
function modify($arr) {
    $arr[] = "added";
    $arr["k"] = "v";
    sort($arr);
    return count($arr);
}
$orig = [3, 1, 2];
var_dump(modify($orig), $orig);
function nestedMod($data) {
    $data["inner"]["x"] = 99;
    unset($data["gone"]);
    return $data;
}
$d = ["inner" => ["x" => 1], "gone" => true];
$d2 = nestedMod($d);
var_dump($d, $d2);
function strMod($s) {
    $s[0] = "X";
    $s .= "!";
    return $s;
}
$str = "hello";
var_dump(strMod($str), $str);
function build($n) {
    $out = [];
    for ($i = 0; $i < $n; $i++) $out["k$i"] = $i;
    return $out;
}
$b1 = build(3);
$b2 = $b1;
$b2["k0"] = "changed";
var_dump($b1["k0"], $b2["k0"]);
function appendAll($base, $items) {
    foreach ($items as $it) $base[] = $it;
    return $base;
}
$base = [0];
$r1 = appendAll($base, [1, 2]);
$r2 = appendAll($r1, [3]);
var_dump($base, $r1, $r2);
function swapFirstLast($a) {
    if (count($a) < 2) return $a;
    $keys = array_keys($a);
    $first = $keys[0];
    $last = $keys[count($keys) - 1];
    [$a[$first], $a[$last]] = [$a[$last], $a[$first]];
    return $a;
}
var_dump(swapFirstLast(["a" => 1, "b" => 2, "c" => 3]), swapFirstLast([1]));
function counterInArray($state) {
    $state["count"] = ($state["count"] ?? 0) + 1;
    return $state;
}
$s = [];
for ($i = 0; $i < 5; $i++) $s = counterInArray($s);
var_dump($s);
function chain($x) { return $x; }
$big = range(1, 5);
$c = chain(chain(chain($big)));
$c[0] = 100;
var_dump($big[0], $c[0]);
function returnsLiteral() { return [1, [2, 3]]; }
$lit = returnsLiteral();
$lit[1][0] = "m";
var_dump(returnsLiteral(), $lit);
function paramDefaultArray($p = ["x" => ["y" => 1]]) {
    $p["x"]["y"]++;
    return $p["x"]["y"];
}
var_dump(paramDefaultArray(), paramDefaultArray(), paramDefaultArray(["x" => ["y" => 10]]));
