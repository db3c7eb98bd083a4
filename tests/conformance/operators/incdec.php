<?php
// ++ and -- on int, float, null, bool and strings.
$cases = [0, -1, 5, 1.5, -0.5, null, "a", "z", "Az", "zz", "Zz", "a9", "Zz9", "9", "99", "9.5", "-3", "", " ", "abc", "1e2", "0x1", "a1z9", "A", "zZ9"];
foreach ($cases as $v) {
    $inc = $v;
    $inc++;
    $dec = $v;
    $dec--;
    echo str_pad(var_export($v, true), 8), " ++ => ", var_export($inc, true), "   -- => ", var_export($dec, true), "\n";
}
$t = true; $t++; var_dump($t);
$t = false; $t--; var_dump($t);
$i = 5;
var_dump($i++, $i, ++$i, $i, $i--, $i, --$i, $i);
$s = "a";
for ($k = 0; $k < 30; $k++) {
    $s++;
}
var_dump($s);
$s = "Zy";
$s++; var_dump($s);
$s++; var_dump($s);
$s++; var_dump($s);
$n = null;
$n--;
var_dump($n);
$n++;
var_dump($n);
$f = 0.1;
$f++;
var_dump($f);
$big = PHP_INT_MAX;
$big++;
var_dump($big);
$small = PHP_INT_MIN;
$small--;
var_dump($small);
$arr = ["c" => 0];
$arr["c"]++;
++$arr["c"];
$arr["c"]--;
var_dump($arr);
$j = 0;
$res = $j++ + ++$j;
var_dump($res, $j);
