<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// Loops over arrays passed by reference (read and written through the reference), one loop
// entered with ints then floats then strings (a compiled version per type, then the
// interpreter), and loops left by return and throw.
function insertion_sort(&$a) {
    $n = count($a);
    for ($i = 1; $i < $n; $i++) {
        $x = $a[$i];
        $j = $i - 1;
        while ($j >= 0 && $a[$j] > $x) {
            $a[$j + 1] = $a[$j];
            $j--;
        }
        $a[$j + 1] = $x;
    }
}
$ints = [5, 3, 9, 1, 7, 2, 8, 6, 4, 0];
insertion_sort($ints);
echo implode(",", $ints), "\n";
$floats = [2.5, -1.5, 3.25, 0.0, -7.5, 1e10, 0.125];
insertion_sort($floats);
echo implode(",", $floats), "\n";
$strings = ["pear", "apple", "fig", "banana"];
insertion_sort($strings);
echo implode(",", $strings), "\n";
$mixed = [3, 1.5, 2, 0.5];
insertion_sort($mixed);
echo implode(",", $mixed), "\n";
$shared = [3, 2, 1];
$keep = $shared;
insertion_sort($shared);
echo implode(",", $shared), " ", implode(",", $keep), "\n";

function find_first(&$a, $limit) {
    for ($i = 0; $i < count($a); $i++) {
        if ($a[$i] > $limit) {
            return $i;
        }
    }
    return -1;
}
$data = [1, 4, 9, 16, 25, 36];
var_dump(find_first($data, 10), find_first($data, 100));

function check_all($a) {
    for ($i = 0; $i < 10; $i++) {
        if ($a[$i] < 0) {
            throw new RangeException("negative at $i");
        }
    }
    return true;
}
try {
    var_dump(check_all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    var_dump(check_all([1, 2, 3, 4, -5, 6, 7, 8, 9, 10]));
} catch (RangeException $e) {
    echo $e->getMessage(), " line ", $e->getLine(), "\n";
}
function total($a) {
    $s = 0;
    foreach ([0, 1] as $_) {
        for ($i = 0; $i < 4; $i++) {
            $s += $a[$i];
        }
    }
    return $s;
}
var_dump(total([1, 2, 3, 4]), total([0.5, 1.5, 2.5, 3.5]), total([1, 2, 3, 4]), total([true, 2, 3, 4]));
