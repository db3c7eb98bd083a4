<?php
// Strings: concatenation in loops (.=, ., interpolation, implode) and string building.
$n = 300000;
$total = 0;
$crc = 0;
for ($r = 0; $r < 4; $r++) {
    $s = '';
    for ($i = 0; $i < $n; $i++) {
        $s .= 'x' . $i . ',';
    }
    $total += strlen($s);
    $crc ^= crc32($s);

    $t = '';
    for ($i = 0; $i < $n; $i++) {
        $t .= "[$r:$i]";
    }
    $total += strlen($t);
    $crc ^= crc32($t);

    $parts = [];
    for ($i = 0; $i < $n; $i++) {
        $parts[] = 'item' . ($i % 97) . '-' . $r;
    }
    $u = implode('|', $parts);
    $total += strlen($u);
    $crc ^= crc32($u);

    $v = '';
    for ($i = 0; $i < 2000; $i++) {
        $v = substr($v . chr(65 + $i % 26), -500);
    }
    $total += strlen($v);
    $crc ^= crc32($v);
}
echo "length = $total, crc = ", sprintf('%08x', $crc), "\n";
