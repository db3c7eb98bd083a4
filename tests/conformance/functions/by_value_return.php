<?php
// Arguments are passed by value; return values are copies.
function appendItem($list, $item) {
    $list[] = $item;
    return $list;
}
$base = [1, 2];
$extended = appendItem($base, 3);
$extended2 = appendItem($extended, 4);
var_dump($base, $extended, $extended2);
function incr($n) {
    $n++;
    return $n;
}
$x = 5;
$y = incr($x);
var_dump($x, $y);
function upper($s) {
    $s[0] = strtoupper($s[0]);
    return $s;
}
$word = "hello";
var_dump(upper($word), $word);
function stats($nums) {
    if (count($nums) == 0) {
        return null;
    }
    sort($nums);
    $n = count($nums);
    $mid = intdiv($n, 2);
    return [
        "min" => $nums[0],
        "max" => $nums[$n - 1],
        "mean" => array_sum($nums) / $n,
        "median" => $n % 2 ? $nums[$mid] : ($nums[$mid - 1] + $nums[$mid]) / 2,
    ];
}
$data = [5, 1, 4, 2, 3, 9];
var_dump(stats($data), $data, stats([]));
["min" => $lo, "max" => $hi] = stats([10, -3, 7]);
var_dump($lo, $hi);
function makePoint($x, $y) {
    return ["x" => $x, "y" => $y];
}
function movePoint($p, $dx, $dy) {
    $p["x"] += $dx;
    $p["y"] += $dy;
    return $p;
}
$p1 = makePoint(1, 2);
$p2 = movePoint($p1, 10, 20);
var_dump($p1, $p2);
function early($n) {
    foreach ([1, 2, 3, 4] as $v) {
        if ($v == $n) {
            return "found $v";
        }
    }
    return "not found";
}
var_dump(early(3), early(9));
function multi($flag) {
    if ($flag) {
        return [1, "two", 3.0];
    }
    return "scalar";
}
[$m1, $m2, $m3] = multi(true);
var_dump($m1, $m2, $m3, multi(false));
function chain($s) {
    return strtoupper(trim(str_repeat($s, 2)));
}
var_dump(chain(" ab "), strlen(chain("xyz")));
var_dump(incr(incr(incr(0))));
