<?php
// Strings: concatenation in loops (.=, ., interpolation, implode) and string building.
$n = 300000;
$total = 0;
$crc = 0;
for ($r = 0; $r < 10; $r++) {
    $s = '';
    for ($i = 0; $i < $n; $i++) {
        $s .= 'x' . $i . ',';
    }
    $total += strlen($s);
    $crc = ($crc * 31 + crc32($s)) % 1000000007;

    $t = '';
    for ($i = 0; $i < $n; $i++) {
        $t .= "[$r:$i]";
    }
    $total += strlen($t);
    $crc = ($crc * 31 + crc32($t)) % 1000000007;

    $parts = [];
    for ($i = 0; $i < $n; $i++) {
        $parts[] = 'item' . ($i % 97) . '-' . $r;
    }
    $u = implode('|', $parts);
    $total += strlen($u);
    $crc = ($crc * 31 + crc32($u)) % 1000000007;

    $v = '';
    for ($i = 0; $i < 2000; $i++) {
        $v = substr($v . chr(65 + $i % 26), -500);
    }
    $total += strlen($v);
    $crc = ($crc * 31 + crc32($v)) % 1000000007;
}
echo "length = $total, crc = ", $crc, "\n";
