<?php
// Conversions: settype/gettype, var_export, serialize/unserialize, strval/floatval/boolval, print_r return.
$vals = [0, -1, 1.5, "1.5", "abc", "", "0", null, true, false, [1, "a" => [2]], "007", " 1", "1e3", PHP_INT_MAX];
foreach ($vals as $v) {
    echo str_pad(gettype($v), 8), var_export($v, true), " | ", json_encode($v), " | ", serialize($v), " | ", var_export((bool) $v, true), " ", var_export(@intval($v), true), " ", var_export(@floatval($v), true), " ", is_array($v) ? "Array" : var_export(strval($v), true), "\n";
}
$x = "123abc";
settype($x, "integer");
var_dump($x);
$y = 5;
settype($y, "array");
var_dump($y);
$z = "1";
settype($z, "bool");
var_dump($z);
$n = 3.0;
settype($n, "string");
var_dump($n);
$nul = "x";
settype($nul, "null");
var_dump($nul);
var_dump(unserialize('a:2:{i:0;s:1:"a";s:1:"k";d:0.5;}'), unserialize('b:0;'), @unserialize('garbage'), unserialize(serialize([true, null, -0.0, "é"])));
$pr = print_r(["a" => [1, null, false, true, 1.0]], true);
echo strlen($pr), "\n", $pr;
echo var_export([1 => [true, null], "k" => -0.5, "q'uote" => "it's"], true), "\n";
var_dump(boolval("0.0"), boolval([]), boolval([0]), boolval(0.0), strval(0.1 + 0.2), strval(1e6), strval(1e21), strval(-1.0), floatval("1.5abc"), floatval("abc"), intval("  42  "), intval("+7"), intval("-0"), intval(42.99), intval("0b11", 0), intval("0o17", 0), intval(" 0x1f", 16));
var_dump(is_numeric("1e5"), is_numeric(" 5"), is_numeric("5 "), is_numeric("."), is_numeric("-.5"), is_numeric("0x1A"), is_numeric(""), is_numeric(null), is_scalar(null), is_iterable([1]), is_countable([]));
var_dump((string) 1.0, (string) 100.0, 7 . '', 1.10 . "", -0.0 . "", 1e100 . "", (string) 0.00001, (array) "str", (array) null, (bool) "false", (float) " 12.5 ");
