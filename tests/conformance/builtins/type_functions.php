<?php
// Type inspection and conversion builtins.
$values = [0, 1.5, "s", "", true, null, [], [1], -0.0, "0", "1e3", NAN];
foreach ($values as $v) {
    echo str_pad(gettype($v), 8), str_pad(get_debug_type($v), 7),
        " int:", (int)is_int($v), " float:", (int)is_float($v), " str:", (int)is_string($v),
        " bool:", (int)is_bool($v), " null:", (int)is_null($v), " arr:", (int)is_array($v),
        " num:", (int)is_numeric($v), " scalar:", (int)is_scalar($v), "\n";
}
var_dump(intval("12abc"), intval(12.9), intval(-12.9), intval("0b101", 0), intval(true), intval([]), intval([0]), intval(null), intval("1e2"));
var_dump(floatval("1.5e1x"), floatval(".5"), floatval(true), floatval("-"), strval(1.0), strval(true), strval(null), boolval("false"), boolval(0.0));
var_dump(is_integer(5), is_long(5), is_double(5.0), is_iterable([]), is_countable([1]), is_callable("is_int"));
var_dump((array)5, (array)"str", (array)[1], (bool)"", (bool)" ", (int)true, (float)"abc", (string)1e25, (int)"-0", (float)"-0");
var_dump(gettype(1 + 1), gettype(1 + 1.0), gettype("1" + 1), gettype("1.0" + 1), gettype(10 / 2), gettype(10 / 4), gettype(2 ** 3), gettype(2 ** -3), gettype(PHP_INT_MAX + 1));
