<?php
// Tight integer loops: six nested loops (as in the old shootout "nestedloop") plus arithmetic.
$n = 20;
$x = 0;
$h = 0;
for ($a = 0; $a < $n; $a++) {
    for ($b = 0; $b < $n; $b++) {
        for ($c = 0; $c < $n; $c++) {
            for ($d = 0; $d < $n; $d++) {
                for ($e = 0; $e < $n; $e++) {
                    for ($f = 0; $f < $n; $f++) {
                        $x++;
                        $h = ($h * 31 + ($a ^ $f) + $c * $e) & 0xFFFFFF;
                    }
                }
            }
        }
    }
}
echo "iterations = $x, hash = $h\n";
