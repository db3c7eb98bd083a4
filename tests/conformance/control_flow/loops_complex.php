<?php
// Loop constructs: multiple expressions in for, break N, continue N, do-while edge, nested labels emulation.
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 2) {
    echo "$i,$j ";
}
echo "\n";
for ($i = 0; ; $i++) {
    if ($i > 3) break;
    echo $i;
}
echo "\n";
$k = 0;
for (;;) {
    if (++$k >= 3) break;
}
echo "k=$k\n";
for ($i = 0, $s = ""; $i < 5; $s .= $i, $i++);
echo "s=$s i=$i\n";
$found = null;
for ($a = 1; $a < 20; $a++) {
    for ($b = $a; $b < 20; $b++) {
        for ($c = $b; $c < 30; $c++) {
            if ($a * $a + $b * $b === $c * $c) {
                echo "triple $a $b $c\n";
                if ($c > 15) {
                    $found = [$a, $b, $c];
                    break 3;
                }
                continue 2;
            }
        }
    }
}
var_dump($found);
$n = 0;
do {
    echo "do once ";
} while (false);
echo "\n";
do {
    $n++;
    if ($n === 2) continue;
    echo "n$n ";
} while ($n < 4);
echo "\n";
$primes = [];
$cand = 2;
while (count($primes) < 15) {
    $isPrime = true;
    foreach ($primes as $p) {
        if ($p * $p > $cand) break;
        if ($cand % $p === 0) { $isPrime = false; break; }
    }
    if ($isPrime) $primes[] = $cand;
    $cand++;
}
echo implode(" ", $primes), "\n";
$x = 100;
while ($x > 1) {
    $x = $x % 2 ? 3 * $x + 1 : $x / 2;
    echo $x, " ";
}
echo "\n";
$i = 0;
while ($i++ < 5):
    if ($i == 2) continue;
    echo $i;
endwhile;
echo "\n";
foreach ([] as $never) echo "never";
foreach ([null] as $v) var_dump($v);
$list = ["a" => 1, "b" => 2];
foreach ($list as $key => $list) {
    echo "$key ";
}
var_dump($list);
$arr = [1, 2, 3];
foreach ($arr as $arr[3]) {}
var_dump($arr);
$total = 0;
foreach (range(1, 100) as $v) {
    if ($v % 3 && $v % 5) continue;
    $total += $v;
}
echo $total, "\n";
