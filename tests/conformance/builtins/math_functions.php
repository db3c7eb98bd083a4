<?php
// Math builtins.
$vals = [2.5, 3.5, -2.5, -3.5, 1.4999, 0.5, -0.5, 5, -5, 0.0];
foreach ($vals as $v) {
    echo str_pad(var_export($v, true), 8), " round=", var_export(round($v), true), " floor=", var_export(floor($v), true), " ceil=", var_export(ceil($v), true), " abs=", var_export(abs($v), true), "\n";
}
var_dump(round(3.14159, 2), round(3.14159, 3), round(1234.5678, -2), round(1.955, 2), round(5.045, 2), round(5.055, 2), round(-0.4), round(1241757, -3), round("3.7"), round(7, 2));
var_dump(floor(-0.5), ceil(-0.5), floor(5), ceil("4.1"), floor(1e20));
var_dump(intdiv(17, 5), intdiv(-17, 5), abs(-5), abs(-5.5), abs(PHP_INT_MIN), abs("-3"), abs(0), abs(-0.0));
var_dump(max(1, 2, 3), max([4, 5]), max(1, 2.0), max(2, 1.0), max("10", "9"), max("abc", "abd"), max(-1, null), max("apple", 5), max([1, 2], 99));
var_dump(min(1, 2, 3), min([4, 5]), min(1, 1.0), min(1.0, 1), min("10", "9"), min(-1, null), min(0, "a"), min("a", 0));
var_dump(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(2, 64), pow("3", "2"), pow(10, 0.5));
var_dump(sqrt(16), sqrt(2), sqrt(0), sqrt(-4), sqrt("9"));
var_dump(fmod(10, 3), fmod(-10, 3), fmod(10.5, 0.5), fmod(1, 0), fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4));
var_dump(exp(1), log(M_E), log(100, 10), log10(1000), log(8, 2), log(0), exp(710));
var_dump(sin(0), cos(0), tan(M_PI_4), atan2(1, 1), asin(1), pi(), deg2rad(180), rad2deg(M_PI));
var_dump(hypot(3, 4), is_nan(sqrt(-1)), is_finite(log(0)), is_infinite(exp(1000)));
var_dump(array_sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, array_sum([1, 2, 3]) / 3, round(array_sum([1, 2, 2]) / 3, 4));
var_dump(base_convert("255", 10, 16), bindec("11111111"), decbin(-1), dechex(PHP_INT_MAX), hexdec("7fffffffffffffff"), hexdec("ffffffffffffffff"), octdec("17"));
var_dump(number_format(2.675, 2), round(2.675, 2), floor(-7 / 2), intdiv(-7, 2), -7 % 2, (int)(-7 / 2));
