<?php
// Tight float loops: the Mandelbrot set on a WxW grid, escape-time iteration counts.
$w = 920;
$maxIter = 80;
$inside = 0;
$sumIter = 0;
$crc = 0;
for ($y = 0; $y < $w; $y++) {
    $ci = 2.0 * $y / $w - 1.0;
    $row = 0;
    for ($x = 0; $x < $w; $x++) {
        $cr = 2.5 * $x / $w - 2.0;
        $zr = 0.0;
        $zi = 0.0;
        $i = 0;
        while ($i < $maxIter) {
            $tr = $zr * $zr - $zi * $zi + $cr;
            $zi = 2.0 * $zr * $zi + $ci;
            $zr = $tr;
            if ($zr * $zr + $zi * $zi > 4.0) {
                break;
            }
            $i++;
        }
        if ($i == $maxIter) {
            $inside++;
        }
        $sumIter += $i;
        $row = ($row * 7 + $i) % 1000003;
    }
    $crc = ($crc * 31 + $row) % 1000000007;
}
echo "inside = $inside, iterations = $sumIter, checksum = $crc\n";
