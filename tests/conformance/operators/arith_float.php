<?php
// Floating point arithmetic and float formatting in echo / var_dump.
$a = 0.1;
$b = 0.2;
var_dump($a + $b);
echo $a + $b, "\n";
var_dump($a + $b == 0.3, abs(($a + $b) - 0.3) < PHP_FLOAT_EPSILON);
var_dump(1.5 + 1, 1.5 * 2, 3.0, 3.0 / 2, 1e3, 1e15, 1e16, 1e20, 1.0e-5, 0.00001, 123456789012345678.0);
echo 1e15, " ", 1e14, " ", 1e20, " ", 1.0e-5, " ", 0.0001, " ", 123456789012345678.0, "\n";
echo 1.0, " ", 2.50, " ", -0.0, " ", 0.0, " ", 1/3, " ", 2/3, " ", 10/3, "\n";
var_dump(-0.0, 0.0 * -1, -0.0 == 0.0, 1e100, -1e100, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308);
var_dump(1e308 * 10, -1e308 * 10, INF - INF, INF * 0, INF / INF, -INF, INF + 1);
echo INF, " ", -INF, " ", NAN, "\n";
var_dump(NAN == NAN, NAN === NAN, INF == INF, is_nan(NAN), is_infinite(-INF), is_finite(1.0));
var_dump(7.5 % 2, -7.5 % 2, fmod(7.5, 2), fmod(-7.5, 2), fmod(10, 3.3));
var_dump(2 ** 0.5, 4 ** 0.5, 2.0 ** 3, (-8) ** (1/3), 0.0 ** 0, 10 ** -2);
var_dump(0.1 * 3, 0.7 + 0.1, 0.1 + 0.7, (0.1 + 0.7) * 10, (int)((0.1 + 0.7) * 10));
var_dump(1.23456789012345678, 100.0, 1.5e300 * 1.5e10, 255 / 5, 256 / 10);
var_dump(round(2.5), round(-2.5), round(1.955, 2), 3.14159 * 2);
$x = 1.0;
for ($i = 0; $i < 10; $i++) {
    $x /= 3;
}
var_dump($x);
echo $x, "\n";
var_dump(PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG);
var_dump((float)PHP_INT_MAX, (int)1e19, (int)-1.9, (int)1.9, (int)NAN, (int)"1e3");
