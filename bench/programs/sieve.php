<?php
// Packed arrays: sieve of Eratosthenes, repeated.
function sieve($n)
{
    $flags = array_fill(0, $n + 1, true);
    $flags[0] = $flags[1] = false;
    for ($i = 2; $i * $i <= $n; $i++) {
        if ($flags[$i]) {
            for ($j = $i * $i; $j <= $n; $j += $i) {
                $flags[$j] = false;
            }
        }
    }
    $count = 0;
    $sum = 0;
    for ($i = 2; $i <= $n; $i++) {
        if ($flags[$i]) {
            $count++;
            $sum += $i;
        }
    }
    return [$count, $sum];
}

$total = 0;
$checksum = 0;
for ($r = 0; $r < 20; $r++) {
    [$c, $s] = sieve(1000000 + $r);
    $total += $c;
    $checksum = ($checksum + $s) % 1000000007;
}
echo "primes = $total, checksum = $checksum\n";
