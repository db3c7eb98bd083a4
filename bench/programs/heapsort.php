<?php
// Packed arrays: heapsort of pseudo-random integers and floats.
function heapsort_inplace($n, &$ra)
{
    $l = ($n >> 1) + 1;
    $ir = $n;
    while (true) {
        if ($l > 1) {
            $rra = $ra[--$l];
        } else {
            $rra = $ra[$ir];
            $ra[$ir] = $ra[1];
            if (--$ir == 1) {
                $ra[1] = $rra;
                return;
            }
        }
        $i = $l;
        $j = $l << 1;
        while ($j <= $ir) {
            if (($j < $ir) && ($ra[$j] < $ra[$j + 1])) {
                $j++;
            }
            if ($rra < $ra[$j]) {
                $ra[$i] = $ra[$j];
                $j += ($i = $j);
            } else {
                $j = $ir + 1;
            }
        }
        $ra[$i] = $rra;
    }
}

$n = 400000;
$seed = 7;
$ints = [0];
$floats = [0.0];
for ($i = 1; $i <= $n; $i++) {
    $seed = ($seed * 1103515245 + 12345) & 0x7fffffff;
    $ints[] = $seed % 1000000;
    $floats[] = $seed / 2147483647.0;
}
heapsort_inplace($n, $ints);
heapsort_inplace($n, $floats);
$ok = 1;
for ($i = 2; $i <= $n; $i++) {
    if ($ints[$i - 1] > $ints[$i] || $floats[$i - 1] > $floats[$i]) {
        $ok = 0;
    }
}
$h = 0;
for ($i = 1; $i <= $n; $i += 97) {
    $h = ($h * 31 + $ints[$i]) % 1000000007;
}
printf("sorted = %d, min = %d, max = %d, median float = %.10f, checksum = %d\n",
    $ok, $ints[1], $ints[$n], $floats[$n >> 1], $h);
