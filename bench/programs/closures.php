<?php
// Closures and callbacks: array_map/array_filter/array_reduce with closures and arrow functions,
// closures capturing by value and by reference, calling closures in a loop.
$data = range(1, 20000);
$total = 0;
for ($r = 0; $r < 200; $r++) {
    $k = $r + 3;
    $mapped = array_map(fn($x) => $x * $k + 1, $data);
    $filtered = array_filter($mapped, function ($x) use ($k) {
        return $x % $k != 0;
    });
    $sum = array_reduce($filtered, fn($carry, $x) => ($carry + $x) % 1000000007, 0);
    $total = ($total + $sum) % 1000000007;

    $count = 0;
    $inc = function ($by) use (&$count) {
        $count += $by;
    };
    foreach ($data as $v) {
        $inc($v & 3);
    }
    $total = ($total + $count) % 1000000007;

    $compose = fn($f, $g) => fn($x) => $f($g($x));
    $h = $compose(fn($x) => $x + 1, fn($x) => $x * 2);
    for ($i = 0; $i < 20000; $i++) {
        $total = ($total + $h($i)) % 1000000007;
    }
    array_walk($data, function (&$v, $key) {
        $v = $v ^ ($key & 1);
    });
}
echo "checksum = $total, data = ", array_sum($data), "\n";
