<?php
// Operator precedence, ternary, short ternary and null coalescing.
var_dump(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 * 2, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3);
var_dump(1 + 2 . "3", "1" . 2 + 3, 1 << 2 + 1, 6 & 3 == 2, 1 | 2 ^ 3 & 4);
var_dump(!true == false, !(1 < 2), 5 > 3 == true, 1 < 2 && 2 < 3, 7 % 3 * 2);
$a = 5;
var_dump($a > 3 ? "big" : "small", $a > 10 ? "big" : ($a > 4 ? "medium" : "small"));
var_dump($a ?: "fallback", 0 ?: "fallback", "" ?: null ?: "last", [] ?: "empty array");
$n = null;
var_dump($n ?? "nc", $undefined ?? "undef", $n ?? $undefined ?? "chain", 0 ?? "zero kept", false ?? "false kept");
$arr = ["a" => ["b" => null, "c" => 0]];
var_dump($arr["a"]["b"] ?? "null leaf", $arr["a"]["c"] ?? "x", $arr["x"]["y"] ?? "missing", $arr["a"]["c"]["d"] ?? "scalar leaf");
$s = "str";
var_dump($s[0] ?? "none", $s[10] ?? "none");
var_dump(true ? 1 : 2, false ? 1 : (true ? 3 : 4));
$i = 0;
$r = $i++ ? "was nonzero" : "was zero";
var_dump($r, $i);
var_dump(-2 ** -1, (-2) ** -1, !empty($arr) ? count($arr) : 0);
var_dump(1 + 1 == 2 ? "yes" : "no", "x" . (1 + 1 == 2 ? "y" : "n"));
