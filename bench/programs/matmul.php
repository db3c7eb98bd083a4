<?php
// Packed arrays of floats: matrix multiply (arrays of rows).
function matgen($n, $seed)
{
    $m = [];
    $tmp = 1.0 / $n / $n;
    for ($i = 0; $i < $n; $i++) {
        $row = [];
        for ($j = 0; $j < $n; $j++) {
            $row[] = $tmp * ($i - $j + $seed) * ($i + $j);
        }
        $m[] = $row;
    }
    return $m;
}

function matmul($a, $b, $n)
{
    // transpose b for row-major access
    $bt = [];
    for ($j = 0; $j < $n; $j++) {
        $col = [];
        for ($k = 0; $k < $n; $k++) {
            $col[] = $b[$k][$j];
        }
        $bt[] = $col;
    }
    $c = [];
    for ($i = 0; $i < $n; $i++) {
        $ai = $a[$i];
        $row = [];
        for ($j = 0; $j < $n; $j++) {
            $bj = $bt[$j];
            $s = 0.0;
            for ($k = 0; $k < $n; $k++) {
                $s += $ai[$k] * $bj[$k];
            }
            $row[] = $s;
        }
        $c[] = $row;
    }
    return $c;
}

$n = 385;
$a = matgen($n, 1.0);
$b = matgen($n, 2.0);
$c = matmul($a, $b, $n);
$trace = 0.0;
for ($i = 0; $i < $n; $i++) {
    $trace += $c[$i][$i];
}
printf("c[n/2][n/2] = %.10f, trace = %.10f\n", $c[$n >> 1][$n >> 1], $trace);
