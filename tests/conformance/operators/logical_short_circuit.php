<?php
// Short-circuit evaluation, and/or/xor precedence, ternary chains with parentheses.
$log = [];
function t($name) { global $log; $log[] = "t:$name"; return true; }
function f($name) { global $log; $log[] = "f:$name"; return false; }
$r = f(1) && t(2);
$r2 = t(3) || f(4);
$r3 = f(5) || t(6) && f(7);
$r4 = t(8) xor t(9);
var_dump($r, $r2, $r3, $r4);
echo implode(" ", $log), "\n";
$log = [];
$x = f("a") or t("b");
var_dump($x);
$y = t("c") and f("d");
var_dump($y);
$z = (t("e") and f("g"));
var_dump($z);
echo implode(" ", $log), "\n";
$v = true xor true;
var_dump($v, true xor false, !true xor !false);
$n = 5;
echo $n > 3 ? ($n > 4 ? "big" : "mid") : "small", "\n";
echo ($n > 10 ? "huge" : ($n > 4 ? "big" : "small")), "\n";
echo $n ?: "zero", " ", 0 ?: "zero", " ", "" ?: "empty", " ", "0" ?: "str-zero", " ", [] ?: "empty-arr", "\n";
echo null ?: false ?: "chain", "\n";
var_dump(!empty($n) && $n % 2 === 1);
var_dump(!0, !"0", !"0.0", !" ", ![], ![0], !null, !0.0, !-0.0);
$i = 0;
while ($i < 10 && ++$i) {
    if ($i % 3 === 0 || $i === 7) echo $i, " ";
}
echo "\n";
$flags = 0b0101;
var_dump(($flags & 1) && ($flags & 4), ($flags & 2) || ($flags & 8), (bool) ($flags & 2));
