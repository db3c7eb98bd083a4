<?php
// Function calls and float arithmetic: spectral norm of an infinite matrix.
function A($i, $j)
{
    return 1.0 / ((($i + $j) * ($i + $j + 1) >> 1) + $i + 1);
}

function Av($n, $v)
{
    $av = [];
    for ($i = 0; $i < $n; ++$i) {
        $sum = 0.0;
        for ($j = 0; $j < $n; ++$j) {
            $sum += A($i, $j) * $v[$j];
        }
        $av[$i] = $sum;
    }
    return $av;
}

function Atv($n, $v)
{
    $atv = [];
    for ($i = 0; $i < $n; ++$i) {
        $sum = 0.0;
        for ($j = 0; $j < $n; ++$j) {
            $sum += A($j, $i) * $v[$j];
        }
        $atv[$i] = $sum;
    }
    return $atv;
}

function AtAv($n, $v)
{
    return Atv($n, Av($n, $v));
}

$n = 800;
$u = array_fill(0, $n, 1.0);
for ($i = 0; $i < 10; $i++) {
    $v = AtAv($n, $u);
    $u = AtAv($n, $v);
}
$vBv = 0.0;
$vv = 0.0;
for ($i = 0; $i < $n; $i++) {
    $vBv += $u[$i] * $v[$i];
    $vv += $v[$i] * $v[$i];
}
printf("%0.9f\n", sqrt($vBv / $vv));
