<?php
// Integer/float boundary arithmetic, intdiv, fmod, % with negatives, ** and shifts.
var_dump(7 % 3, -7 % 3, 7 % -3, -7 % -3);
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(PHP_INT_MIN, 1));
var_dump(fmod(7.5, 2), fmod(-7.5, 2), fmod(7.5, -2), fmod(0.0, 1.0));
var_dump(2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0, 10 ** 18, 10 ** 19);
var_dump(2.0 ** 0.5, 4 ** 0.5, (-8) ** (1/3));
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2, -PHP_INT_MIN, PHP_INT_MAX - -1);
var_dump(1 << 62, 1 << 63, 1 << 64, -1 >> 63, -8 >> 1, 8 >> 70, 255 & -256, ~0, ~PHP_INT_MAX);
var_dump(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON);
var_dump(1e15, 1e16, 123456789012345678, 1.0, -0.0, 0.0 === -0.0, 1/3);
var_dump(10 / 4, 10 / 5, -10 / 4, 7.0 / 2, 6 / 3.0);
var_dump((int) 3.99, (int) -3.99, (int) "12abc", (int) 1e19, (int) "1e3", (int) " 42 ", (float) "1.5e3xyz");
var_dump(round(2.5), round(-2.5), round(3.14159, 2), round(1234.5678, -2), floor(-1.5), ceil(-1.5));
var_dump(PHP_INT_SIZE, PHP_FLOAT_DIG, PHP_INT_MAX, PHP_INT_MIN);
var_dump(0.1 * 3, 1e100, 1.5e-7, -1.0E+25, 100000000000000000000.0, 0.00001);
var_dump(is_nan(NAN), is_infinite(INF), INF > PHP_INT_MAX, -INF, NAN == NAN, INF - INF);
var_dump(intval("0x1A", 16), intval("012", 0), intval("0b101", 0), intval("42", 8), octdec("777"), bindec("1111"), hexdec("ff"));
$x = 5;
$x **= 2;
$x %= 7;
$x <<= 3;
$x >>= 1;
$x ^= 0b1010;
$x |= 1;
$x &= 0xFF;
var_dump($x);
