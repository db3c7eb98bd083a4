<?php
// Conversions to and from strings.
$values = [0, -1, 123, 1.0, 1.5, -0.0, 0.1 + 0.2, 1e6, 1e15, 1e16, 1e-4, 1e-5, 123456789.12345678, PHP_INT_MAX, true, false, null, INF, -INF, NAN];
foreach ($values as $v) {
    echo str_pad(gettype($v), 8), "|", (string)$v, "|", strval($v), "|", strlen((string)$v), "\n";
}
$strs = ["0", "1", "-1", "1.5", " 12", "12 ", " 12 ", "12abc", "abc", "", "1e3", "-1e-2", ".5", "5.", "0x1A", "0b11", "012", "1_000", "+5", "--5", "0.0", "00", " ", "\n5", "5\n", "9999999999999999999", "-9223372036854775808", "1e1000", "NAN", "INF"];
foreach ($strs as $s) {
    echo str_pad(var_export($s, true), 24),
        " int=", var_export((int)$s, true),
        " float=", var_export((float)$s, true),
        " bool=", var_export((bool)$s, true),
        " numeric=", var_export(is_numeric($s), true), "\n";
}
var_dump(intval("42", 8), intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("101", 2), intval("z", 36), intval(42.99), intval("  -7  "));
var_dump(floatval("1.5e3abc"), floatval("abc"), boolval("0"), boolval("0.0"), boolval([]), boolval([0]));
var_dump((string)123 === "123", 123 . "" === "123", strval(0.1) === "0.1", (int)"  42", (float)" 1.5 ");
var_dump(settype($x1, "integer"), $x1);
$v = "123abc";
settype($v, "integer");
var_dump($v);
$w = 5;
settype($w, "string");
var_dump($w);
$z = "1";
settype($z, "bool");
var_dump($z);
