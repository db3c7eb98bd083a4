<?php
// Bitwise operators on ints, strings, floats, bools.
$pairs = [[12, 10], [0, -1], [-8, 3], [255, 15], [PHP_INT_MAX, PHP_INT_MIN], [6, 6]];
foreach ($pairs as $p) {
    [$a, $b] = $p;
    echo "$a & $b = ", $a & $b, "\n";
    echo "$a | $b = ", $a | $b, "\n";
    echo "$a ^ $b = ", $a ^ $b, "\n";
    echo "~$a = ", ~$a, "\n";
}
var_dump(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100, -1 << 3);
var_dump(256 >> 4, -256 >> 4, -1 >> 63, -1 >> 64, 5 >> 100, PHP_INT_MIN >> 63);
var_dump("abc" & "  a", "12" | "3", "AB" ^ "  ", ~"abc" === chr(158) . chr(157) . chr(156));
var_dump("12" & 10, "12" | "1", 12 ^ "5");
var_dump(true | 2, false & 7, null | 4, true ^ true);
var_dump(7.0 & 3, 8.0 | 1);
var_dump(decbin(0b1010 ^ 0b0110), sprintf("%08b", 0b1100 & ~0b0100));
$flags = 0;
$flags |= 1 << 2;
$flags |= 1 << 5;
$flags &= ~(1 << 2);
$flags ^= 0xFF;
$flags <<= 2;
$flags >>= 1;
var_dump($flags);
$m = 0xF0F0;
var_dump(($m & 0xFF00) >> 8, $m & 0x00FF, dechex($m ^ 0xFFFF));
var_dump(7.5 & 3);
echo "shift by negative next\n";
var_dump(1 << -1);
echo "not reached\n";
