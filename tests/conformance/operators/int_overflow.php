<?php
// Integer overflow promotes to float.
var_dump(PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE);
var_dump(PHP_INT_MAX + 1);
var_dump(PHP_INT_MIN - 1);
var_dump(PHP_INT_MAX * 2);
var_dump(PHP_INT_MIN * -1);
var_dump(-PHP_INT_MIN);
var_dump(PHP_INT_MAX - PHP_INT_MIN);
var_dump(PHP_INT_MAX + 1 - 1);
var_dump(PHP_INT_MAX + 1 == PHP_INT_MAX);
var_dump(PHP_INT_MIN % -1);
var_dump(intdiv(PHP_INT_MAX, 2), intdiv(PHP_INT_MIN, 2));
var_dump(PHP_INT_MAX / 1, PHP_INT_MIN / -1);
$i = PHP_INT_MAX;
$i++;
var_dump($i);
$j = PHP_INT_MIN;
$j--;
var_dump($j);
$k = PHP_INT_MAX - 2;
for ($n = 0; $n < 4; $n++) {
    $k = $k + 1;
    var_dump($k);
}
$f = 1;
for ($n = 1; $n <= 25; $n++) {
    $f *= $n;
    echo "$n! = ";
    var_dump($f);
}
var_dump(2 ** 62 + 2 ** 62);
var_dump(4611686018427387904 * 2);
var_dump(9223372036854775807, 9223372036854775808, -9223372036854775808);
var_dump(0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0b11, 0o17, 017, 1_000_000);
var_dump(abs(PHP_INT_MIN));
var_dump(PHP_INT_MAX << 1, 1 << 63, 1 << 64);
echo PHP_INT_MAX + 1, "\n";
echo "done\n";
var_dump(intdiv(PHP_INT_MIN, -1));
echo "not reached\n";
