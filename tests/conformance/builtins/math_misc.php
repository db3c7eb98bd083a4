<?php
// Math builtins: rounding modes, base conversion, trig, log, hypot, fdiv, number formatting of floats.
foreach ([1.4, 1.5, 1.6, -1.5, 2.5, -2.5, 0.285, 1.955, 5.045, 5.055] as $v) {
    echo str_pad((string) $v, 6), round($v), " ", round($v, 2), " ", round($v, 0, PHP_ROUND_HALF_EVEN), " ", round($v, 0, PHP_ROUND_HALF_ODD), " ", round($v, 0, PHP_ROUND_HALF_DOWN), " ", floor($v), " ", ceil($v), "\n";
}
var_dump(round(1241757, -3), round(3.14159, 3), round(-0.4), round(5, 2), round("3.7"));
var_dump(base_convert("ff", 16, 2), base_convert("777", 8, 10), base_convert("zz", 36, 10), dechex(255), decoct(8), decbin(-1) === str_repeat("1", 64), hexdec("0xff"), bindec("102"));
var_dump(sqrt(16), sqrt(2), sqrt(-1), pow(2, 0.5), pow(-8, 1 / 3), pow("3", "2"), pow(2, 64), pow(0, 0), 2 ** -2);
var_dump(sin(M_PI_2), cos(0), tan(M_PI_4), atan2(1, 1), asin(1), acos(-1), deg2rad(180), rad2deg(M_PI));
var_dump(log(M_E), log(8, 2), log10(1000), log1p(0), exp(1), expm1(0), log(0), log(-1));
var_dump(hypot(3, 4), fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), intdiv(-13, 4), -13 % 4, fmod(-13, 4), abs(PHP_INT_MIN), abs(-0.0));
var_dump(pi(), M_SQRT2, PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, -PHP_FLOAT_MAX * 2);
var_dump(is_finite(1e308 * 10), is_nan(sqrt(-1)), intval(1e20), intval("9999999999999999999"), (int) "9999999999999999999", 9999999999999999999);
var_dump(0.1 + 0.7, (0.1 + 0.7) * 10, (int) ((0.1 + 0.7) * 10), floor((0.1 + 0.7) * 10), 1e-10, 123e-20, 1.5e300 * 1.5e300);
var_dump(array_sum([0.1, 0.2, 0.3]), 7.0 / 3, 2 / 3, 1e15 + 0.3, 1e14 + 0.3, (float) PHP_INT_MAX, 0.30000000000000004);
foreach ([0.1, 1/3, 100.0, 1e21, 1.5e-5, 123456789.12345678, -0.0, 1e15, 1e16] as $f) {
    echo $f, " | ", var_export($f, true), " | ", json_encode($f), " | ", serialize($f), " | ", (string) $f, "\n";
}
