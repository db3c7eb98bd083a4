<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// Compiled loops over packed arrays: reads of ints, floats, bools and nested arrays, writes of
// scalars in place, and what sends a loop back to the interpreter: an index past the end, a
// negative one, a hole, a string element, a shared array (copy on write), a hash.
function sieve($n) {
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
    for ($i = 0; $i <= $n; $i++) {
        if ($flags[$i]) $count++;
    }
    return $count;
}
var_dump(sieve(1000));

function dot($a, $b) {
    $s = 0.0;
    for ($i = 0; $i < 5; $i++) {
        $s += $a[$i] * $b[$i];
    }
    return $s;
}
var_dump(dot([1.5, 2.5, 3.5, 4.5, 5.5], [1, 2, 3, 4, 5]));
var_dump(dot([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]));
var_dump(dot([1, 2, 3, 4, 5.5], [1, 2, 3, 4, 5]));
try {
    var_dump(dot([1, 2, 3], [1, 2, 3]));
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
var_dump(dot([1, 2, "3", 4, 5], [1, 2, 3, 4, 5]));

function matmul($a, $b, $n) {
    $c = [];
    for ($i = 0; $i < $n; $i++) {
        $row = array_fill(0, $n, 0);
        for ($j = 0; $j < $n; $j++) {
            $s = 0;
            for ($k = 0; $k < $n; $k++) {
                $s += $a[$i][$k] * $b[$k][$j];
            }
            $row[$j] = $s;
        }
        $c[] = $row;
    }
    return $c;
}
$m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
echo json_encode(matmul($m, $m, 3)), "\n";

$shared = [1, 2, 3, 4];
$copy = $shared;
for ($i = 0; $i < 4; $i++) {
    $copy[$i] = $copy[$i] * 10;
}
echo json_encode([$shared, $copy]), "\n";

$holes = [0 => 1, 1 => 2, 3 => 4];
$sum = 0;
for ($i = 0; $i < 4; $i++) {
    $sum += $holes[$i] ?? 100;
}
var_dump($sum);
$list = [5, 6, 7];
for ($i = -1; $i < 4; $i++) {
    $x = @$list[$i];
    var_dump($x);
}
$hash = ['a' => 1, 2 => 2];
for ($i = 0; $i < 3; $i++) {
    $hash[$i] = $i;
}
echo json_encode($hash), "\n";
$strs = [1, 2, 3];
for ($i = 0; $i < 3; $i++) {
    $strs[$i] = $strs[$i] + 1;
    if ($i == 1) $strs[2] = "5";
}
var_dump($strs);
$bits = 0;
for ($i = 0; $i < 70; $i += 7) {
    $bits ^= (1 << $i) | ($i >> 1) | (-8 >> $i) & ~$i;
}
var_dump($bits);
try {
    for ($i = 3; $i > -2; $i--) {
        $bits = 1 << $i;
    }
} catch (ArithmeticError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
