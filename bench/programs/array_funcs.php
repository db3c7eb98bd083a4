<?php
// Builtin array functions on packed and hash arrays: sort, array_slice, array_merge, in_array,
// array_search, array_keys, array_flip, array_unique, array_sum, range, foreach by reference.
$seed = 5;
$h = 0;
for ($r = 0; $r < 70; $r++) {
    $a = [];
    for ($i = 0; $i < 20000; $i++) {
        $seed = ($seed * 1103515245 + 12345) & 0x7fffffff;
        $a[] = $seed % 10007;
    }
    $b = $a;
    sort($b);
    $h = ($h * 31 + $b[0] + $b[9999] + $b[19999]) % 1000000007;
    $u = array_unique($a);
    $h = ($h * 31 + count($u)) % 1000000007;
    $flip = array_flip($a);
    $hits = 0;
    for ($i = 0; $i < 10007; $i += 3) {
        if (isset($flip[$i])) {
            $hits++;
        }
        if (array_key_exists($i + 1, $flip)) {
            $hits++;
        }
    }
    $h = ($h * 31 + $hits) % 1000000007;
    $m = array_merge(array_slice($a, 0, 5000), array_slice($b, 15000), range(1, 1000));
    $h = ($h * 31 + array_sum($m) + count($m)) % 1000000007;
    $h = ($h * 31 + (int) in_array(5000, $m) + (int) array_search($b[100], $a)) % 1000000007;
    foreach ($m as &$v) {
        $v = $v * 2 + 1;
    }
    unset($v);
    $keys = array_keys($flip);
    rsort($keys);
    $h = ($h * 31 + $keys[0] + array_sum(array_slice($m, 100, 50))) % 1000000007;
    $assoc = [];
    foreach ($a as $i => $v) {
        $assoc["k$v"] = $i;
    }
    ksort($assoc);
    $h = ($h * 31 + count($assoc) + array_key_first($assoc)[1]) % 1000000007;
}
echo "checksum = $h\n";
