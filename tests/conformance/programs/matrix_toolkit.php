<?php
// A matrix and number toolkit: matrices as nested arrays, integer number theory, formatted output.

function mat_identity($n) {
    $m = [];
    for ($i = 0; $i < $n; $i++) {
        for ($j = 0; $j < $n; $j++) {
            $m[$i][$j] = $i == $j ? 1 : 0;
        }
    }
    return $m;
}

function mat_transpose($a) {
    $t = [];
    foreach ($a as $i => $row) {
        foreach ($row as $j => $v) {
            $t[$j][$i] = $v;
        }
    }
    return $t;
}

function mat_mul($a, $b) {
    $rows = count($a);
    $cols = count($b[0]);
    $inner = count($b);
    if (count($a[0]) != $inner) {
        return null;
    }
    $c = [];
    for ($i = 0; $i < $rows; $i++) {
        for ($j = 0; $j < $cols; $j++) {
            $sum = 0;
            for ($k = 0; $k < $inner; $k++) {
                $sum += $a[$i][$k] * $b[$k][$j];
            }
            $c[$i][$j] = $sum;
        }
    }
    return $c;
}

function mat_pow($m, $e) {
    $result = mat_identity(count($m));
    while ($e > 0) {
        if ($e & 1) {
            $result = mat_mul($result, $m);
        }
        $m = mat_mul($m, $m);
        $e >>= 1;
    }
    return $result;
}

function minor($m, $row, $col) {
    $out = [];
    foreach ($m as $i => $r) {
        if ($i == $row) continue;
        $newRow = [];
        foreach ($r as $j => $v) {
            if ($j != $col) $newRow[] = $v;
        }
        $out[] = $newRow;
    }
    return $out;
}

function det($m) {
    $n = count($m);
    if ($n == 1) return $m[0][0];
    if ($n == 2) return $m[0][0] * $m[1][1] - $m[0][1] * $m[1][0];
    $d = 0;
    for ($j = 0; $j < $n; $j++) {
        $sign = $j % 2 == 0 ? 1 : -1;
        $d += $sign * $m[0][$j] * det(minor($m, 0, $j));
    }
    return $d;
}

function mat_inverse($m) {
    // Gauss-Jordan elimination with partial pivoting on floats.
    $n = count($m);
    $aug = [];
    foreach ($m as $i => $row) {
        $aug[$i] = array_merge(array_map("floatval", $row), mat_identity($n)[$i]);
    }
    for ($col = 0; $col < $n; $col++) {
        $pivot = $col;
        for ($r = $col + 1; $r < $n; $r++) {
            if (abs($aug[$r][$col]) > abs($aug[$pivot][$col])) $pivot = $r;
        }
        if (abs($aug[$pivot][$col]) < 1e-12) return null;
        [$aug[$col], $aug[$pivot]] = [$aug[$pivot], $aug[$col]];
        $p = $aug[$col][$col];
        for ($k = 0; $k < 2 * $n; $k++) $aug[$col][$k] /= $p;
        for ($r = 0; $r < $n; $r++) {
            if ($r == $col) continue;
            $f = $aug[$r][$col];
            for ($k = 0; $k < 2 * $n; $k++) $aug[$r][$k] -= $f * $aug[$col][$k];
        }
    }
    $inv = [];
    foreach ($aug as $i => $row) $inv[$i] = array_slice($row, $n);
    return $inv;
}

function mat_print($title, $m, $fmt = "%6s") {
    echo $title, ":\n";
    if ($m === null) {
        echo "  (undefined)\n";
        return;
    }
    foreach ($m as $row) {
        $cells = [];
        foreach ($row as $v) {
            $cells[] = sprintf($fmt, is_float($v) ? number_format($v, 3) : $v);
        }
        echo "  [", implode(" ", $cells), " ]\n";
    }
}

function factorize($n) {
    $f = [];
    for ($d = 2; $d * $d <= $n; $d++) {
        while ($n % $d == 0) {
            $f[$d] = ($f[$d] ?? 0) + 1;
            $n = intdiv($n, $d);
        }
    }
    if ($n > 1) $f[$n] = ($f[$n] ?? 0) + 1;
    return $f;
}

function format_factors($f) {
    $parts = [];
    foreach ($f as $p => $e) $parts[] = $e > 1 ? "$p^$e" : "$p";
    return implode(" * ", $parts);
}

function gcd($a, $b) {
    while ($b != 0) [$a, $b] = [$b, $a % $b];
    return abs($a);
}

function lcm($a, $b) {
    return intdiv(abs($a * $b), gcd($a, $b));
}

function divisor_sum($n) {
    $s = 1;
    for ($d = 2; $d * $d <= $n; $d++) {
        if ($n % $d == 0) {
            $s += $d;
            if ($d * $d != $n) $s += intdiv($n, $d);
        }
    }
    return $n == 1 ? 0 : $s;
}

function to_base($n, $b) {
    $digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    if ($n == 0) return "0";
    $s = "";
    $neg = $n < 0;
    $n = abs($n);
    while ($n > 0) {
        $s = $digits[$n % $b] . $s;
        $n = intdiv($n, $b);
    }
    return ($neg ? "-" : "") . $s;
}

$a = [[1, 2, 3], [4, 5, 6]];
$b = [[7, 8], [9, 10], [11, 12]];
mat_print("A", $a);
mat_print("B", $b);
mat_print("A x B", mat_mul($a, $b));
mat_print("B x A", mat_mul($b, $a));
mat_print("A x A", mat_mul($a, $a));
mat_print("transpose(A)", mat_transpose($a));
$fibm = [[1, 1], [1, 0]];
foreach ([1, 10, 50, 90, 92, 93] as $e) {
    $p = mat_pow($fibm, $e);
    echo "fib($e) = ", var_export($p[0][1], true), "\n";
}
$sq = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]];
$sing = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
$big = [[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]];
echo "det(sq) = ", det($sq), ", det(sing) = ", det($sing), ", det(big) = ", det($big), ", det(I5) = ", det(mat_identity(5)), "\n";
$inv = mat_inverse($sq);
mat_print("inverse(sq)", $inv, "%7s");
mat_print("sq x inverse(sq) (rounded)", array_map("array_values", mat_mul($sq, $inv)), "%7s");
mat_print("inverse(sing)", mat_inverse($sing));
$trace = 0;
foreach ($big as $i => $row) $trace += $row[$i];
echo "trace(big) = $trace\n";

echo "\nFactorizations:\n";
foreach ([2, 12, 97, 360, 1001, 65536, 999999, 600851475143] as $n) {
    printf("  %14d = %s\n", $n, format_factors(factorize($n)));
}
echo "\ngcd/lcm:\n";
foreach ([[12, 18], [17, 5], [0, 7], [-24, 36], [1071, 462]] as [$x, $y]) {
    printf("  gcd(%d, %d) = %d, lcm = %s\n", $x, $y, gcd($x, $y), $x && $y ? lcm($x, $y) : "n/a");
}
echo "\nPerfect and abundant numbers below 500:\n";
$perfect = [];
$abundant = 0;
for ($n = 1; $n < 500; $n++) {
    $s = divisor_sum($n);
    if ($s == $n) $perfect[] = $n;
    if ($s > $n) $abundant++;
}
echo "  perfect: ", implode(", ", $perfect), "; abundant count: $abundant\n";
echo "\nBase conversion:\n";
foreach ([0, 7, 255, -255, 1000, PHP_INT_MAX] as $n) {
    printf("  %20s: b2=%s b8=%s b16=%s b36=%s\n", $n, to_base($n, 2), to_base($n, 8), to_base($n, 16), to_base($n, 36));
    if ($n >= 0 && to_base($n, 16) !== dechex($n)) echo "  MISMATCH with dechex\n";
}
echo "\nStatistics of squares 1..20:\n";
$sqs = array_map("intval", array_map("pow", range(1, 20), array_fill(0, 20, 2)));
$mean = array_sum($sqs) / count($sqs);
$var = 0;
foreach ($sqs as $v) $var += ($v - $mean) ** 2;
$var /= count($sqs);
printf("  sum=%d mean=%.2f variance=%.3f stddev=%.4f max=%d\n", array_sum($sqs), $mean, $var, sqrt($var), max($sqs));
echo "  ", implode(" ", array_slice($sqs, -5)), "\n";
