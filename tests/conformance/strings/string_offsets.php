<?php
// Reading and writing string offsets.
$s = "abcdef";
var_dump($s[0], $s[5], $s[-1], $s[-6], $s["2"], strlen($s));
var_dump(isset($s[5]), isset($s[6]), isset($s[-6]), isset($s[-7]), isset($s["1"]), isset($s["x"]), isset($s[1][0]), empty($s[0]));
$t = $s;
$t[0] = "A";
$t[-1] = "F";
var_dump($t, $s);
$t[2] = "XYZ";
var_dump($t);
$t[8] = "!";
var_dump($t);
$u = "0";
var_dump(empty($u[0]), $u[0] ?? "none");
for ($i = 0; $i < strlen($s); $i++) {
    echo $s[$i], "-";
}
echo "\n";
$rev = "";
for ($i = strlen($s) - 1; $i >= 0; $i--) {
    $rev .= $s[$i];
}
var_dump($rev);
$digits = "0123456789";
$sum = 0;
for ($i = 0; $i < 10; $i++) {
    $sum += $digits[$i];
}
var_dump($sum);
var_dump($s[1.0]);
echo "out of range read:\n";
var_dump($s[10]);
var_dump($s[-10]);
echo "after\n";
$e = "";
var_dump($e[0] ?? "empty default");
var_dump("literal"[2], "xyz"[-1]);
