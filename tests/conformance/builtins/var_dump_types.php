<?php
// var_dump of every type.
var_dump(0, 1, -1, PHP_INT_MAX, PHP_INT_MIN);
var_dump(0.0, -0.0, 1.0, 0.5, -1.5, 0.1 + 0.2, 1 / 3, 1e100, -1e-100, 1.5e300, 2.5e-5, 1e15, 1e16, 123456789012345.0, 1234567890123456789.0, 100.0, 0.1, 7.0E-10);
var_dump(NAN, INF, -INF, sqrt(-1), 0.30000000000000004, 1.7976931348623157e308);
var_dump("", "a", "with \"quotes\" and 'single'", "multi\nline", "tab\there", "nul\0byte", "unicode é ☺", "123", "1.0");
var_dump(true, false, null);
var_dump([]);
var_dump([1, "a" => "b", 2 => [true, null, 1.5, []]]);
var_dump([[[["deep"]]]]);
var_dump(["k" => -0.0, "n" => NAN]);
var_dump(1, 2.0, "three");
$v = [1, 2];
$w = $v;
var_dump($v === $w);
var_dump((float)1, (int)"9", (bool)"0", (string)false, (array)"x", (array)null);
