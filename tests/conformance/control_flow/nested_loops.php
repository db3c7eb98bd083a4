<?php
// Nested loop algorithms: sieve, bubble sort, pascal triangle, pattern printing.
$limit = 60;
$isPrime = array_fill(0, $limit + 1, true);
$isPrime[0] = $isPrime[1] = false;
for ($i = 2; $i * $i <= $limit; $i++) {
    if ($isPrime[$i]) {
        for ($j = $i * $i; $j <= $limit; $j += $i) {
            $isPrime[$j] = false;
        }
    }
}
$primes = [];
foreach ($isPrime as $n => $p) {
    if ($p) $primes[] = $n;
}
echo "primes: ", implode(" ", $primes), "\n";
$arr = [64, 34, 25, 12, 22, 11, 90, 5];
$n = count($arr);
$swaps = 0;
for ($i = 0; $i < $n - 1; $i++) {
    for ($j = 0; $j < $n - $i - 1; $j++) {
        if ($arr[$j] > $arr[$j + 1]) {
            $tmp = $arr[$j];
            $arr[$j] = $arr[$j + 1];
            $arr[$j + 1] = $tmp;
            $swaps++;
        }
    }
}
echo "sorted: ", implode(",", $arr), " swaps=$swaps\n";
$rows = 8;
$tri = [];
for ($r = 0; $r < $rows; $r++) {
    $tri[$r] = [];
    for ($c = 0; $c <= $r; $c++) {
        $tri[$r][$c] = ($c == 0 || $c == $r) ? 1 : $tri[$r - 1][$c - 1] + $tri[$r - 1][$c];
    }
    echo str_repeat(" ", ($rows - $r) * 2), implode("   ", $tri[$r]), "\n";
}
for ($i = 1; $i <= 5; $i++) {
    echo str_repeat(" ", 5 - $i), str_repeat("*", 2 * $i - 1), "\n";
}
$word = "level";
$isPal = true;
for ($i = 0, $j = strlen($word) - 1; $i < $j; $i++, $j--) {
    if ($word[$i] !== $word[$j]) {
        $isPal = false;
        break;
    }
}
var_dump($isPal);
$pairs = 0;
$nums = [1, 5, 7, -1, 5, 3, 3];
for ($i = 0; $i < count($nums); $i++) {
    for ($j = $i + 1; $j < count($nums); $j++) {
        if ($nums[$i] + $nums[$j] == 6) {
            $pairs++;
            echo "pair ($nums[$i], $nums[$j])\n";
        }
    }
}
var_dump($pairs);
