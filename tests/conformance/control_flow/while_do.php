<?php
// while and do-while loops.
$i = 0;
while ($i < 5) {
    echo $i;
    $i++;
}
echo "\n";
$n = 27;
$steps = 0;
while ($n != 1) {
    $n = $n % 2 == 0 ? $n / 2 : 3 * $n + 1;
    $steps++;
}
echo "collatz(27) steps: $steps\n";
$j = 10;
do {
    echo "do-while runs once: $j\n";
} while ($j < 5);
$k = 0;
do {
    $k += 3;
} while ($k < 20);
var_dump($k);
$stack = [1, 2, 3, 4];
while (count($stack) > 0) {
    $top = array_pop($stack);
    echo "popped $top, left ", count($stack), "\n";
}
$a = 0;
$b = 1;
$fibs = [];
while ($a < 200) {
    $fibs[] = $a;
    [$a, $b] = [$b, $a + $b];
}
echo implode(" ", $fibs), "\n";
$x = 100;
while ($x > 1):
    $x = intdiv($x, 3);
    echo "x=$x ";
endwhile;
echo "\n";
$digits = [];
$num = 9075;
do {
    $digits[] = $num % 10;
    $num = intdiv($num, 10);
} while ($num > 0);
var_dump($digits);
$count = 0;
while (true) {
    if (++$count >= 7) {
        break;
    }
}
var_dump($count);
$s = "";
$c = 0;
while ($c++ < 3) $s .= "[$c]";
var_dump($s, $c);
