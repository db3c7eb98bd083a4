<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// Nested float loops (the shape of mandelbrot), mixed int and float operands, comparisons of
// every kind, NAN and division.
function mandel($w, $h, $iter) {
    $count = 0;
    for ($y = 0; $y < $h; $y++) {
        for ($x = 0; $x < $w; $x++) {
            $cr = 2.0 * $x / $w - 1.5;
            $ci = 2.0 * $y / $h - 1.0;
            $zr = 0.0;
            $zi = 0.0;
            $i = 0;
            while ($i < $iter && $zr * $zr + $zi * $zi <= 4.0) {
                $t = $zr * $zr - $zi * $zi + $cr;
                $zi = 2.0 * $zr * $zi + $ci;
                $zr = $t;
                $i++;
            }
            if ($i == $iter) {
                $count++;
            }
        }
    }
    return $count;
}
var_dump(mandel(40, 30, 50));

$s = 0.0;
for ($i = 1; $i <= 1000; $i++) {
    $s += 1 / $i;
    $s -= 0.5 / ($i + 0.5);
}
printf("%.12f\n", $s);

$n = NAN;
$hits = 0;
for ($i = 0; $i < 10; $i++) {
    if ($n == $n) $hits++;
    if ($n != $n) $hits += 10;
    if ($n < 1.0) $hits += 100;
    if ($i <= 4.5) $hits += 1000;
    if ($i === 3) $hits += 10000;
    if ($i !== 3.0) $hits += 100000;
}
var_dump($hits);

$f = 10.0;
$n = 0;
while ($f > 0.001) {
    $f /= 3;
    $n++;
}
var_dump($f, $n);
$m = 0;
for ($i = -20; $i < 20; $i++) {
    $m += $i % 7;
    $m -= $i % -1;
}
var_dump($m);
// libphp's optimiser turns x * 2 into x + x, one temporary read twice.
function escape_steps($rec, $imc) {
    $re = $rec;
    $im = $imc;
    $steps = 0;
    while ($re * $re + $im * $im < 4.0 && $steps < 200) {
        $t = $re * $re - $im * $im + $rec;
        $im = $re * $im * 2 + $imc;
        $re = $t;
        $steps++;
    }
    return $steps;
}
$total = 0;
for ($k = 0; $k < 40; $k++) {
    $total += escape_steps(-0.75 + $k * 0.01, 0.1);
}
echo $total, "\n";
