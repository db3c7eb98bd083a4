<?php
// Callbacks: usort/uasort/uksort with closures on arrays of records.
$seed = 99;
$records = [];
for ($i = 0; $i < 40000; $i++) {
    $seed = ($seed * 1103515245 + 12345) & 0x7fffffff;
    $records[] = ['id' => $i, 'age' => $seed % 90, 'score' => ($seed >> 8) % 1000 / 10.0, 'name' => 'n' . ($seed % 5000)];
}
$h = 0;
for ($r = 0; $r < 4; $r++) {
    $a = $records;
    usort($a, function ($x, $y) {
        return $x['age'] <=> $y['age'] ?: $y['score'] <=> $x['score'] ?: $x['id'] <=> $y['id'];
    });
    $h = ($h * 31 + $a[0]['id'] + $a[20000]['id'] + $a[39999]['id']) % 1000000007;

    $b = $records;
    usort($b, fn($x, $y) => strcmp($x['name'], $y['name']) ?: $x['id'] - $y['id']);
    $h = ($h * 31 + $b[0]['id'] + $b[20000]['id']) % 1000000007;

    $ints = array_column($records, 'age', 'id');
    uasort($ints, fn($x, $y) => $y <=> $x);
    $h = ($h * 31 + array_key_first($ints)) % 1000000007;
    uksort($ints, fn($x, $y) => ($x % 100) <=> ($y % 100) ?: $x <=> $y);
    $h = ($h * 31 + array_key_last($ints)) % 1000000007;
}
echo "checksum = $h\n";
