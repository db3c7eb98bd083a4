<?php
// Integer arithmetic: + - * / % ** and intdiv().
$vals = [0, 1, -1, 7, -7, 2, 3, 10, -10, 100];
foreach ([7, -7, 10, -10] as $a) {
    foreach ([2, 3, -3, 1, -1] as $b) {
        echo "$a + $b = ", $a + $b, "\n";
        echo "$a - $b = ", $a - $b, "\n";
        echo "$a * $b = ", $a * $b, "\n";
        echo "$a / $b = ";
        var_dump($a / $b);
        echo "$a % $b = ", $a % $b, "\n";
        echo "intdiv($a, $b) = ", intdiv($a, $b), "\n";
        echo "$a ** $b = ";
        var_dump($a ** $b);
    }
}
var_dump(6 / 3, 6 / 4, -6 / 3, 0 / 5, 1 / 3);
var_dump(2 ** 0, 0 ** 0, 2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, 2 ** -1, 3 ** 40);
var_dump(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2);
var_dump(10 % 3, -10 % 3, 10 % -3, -10 % -3, 0 % 5, 5 % 1);
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(0, 3));
var_dump(+5, -5, - -5, -(-5), +(-5));
var_dump(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2, 17 % 5 * 3, 2 * 3 % 4);
$sum = 0;
for ($i = 1; $i <= 100; $i++) {
    $sum += $i * $i;
}
var_dump($sum);
