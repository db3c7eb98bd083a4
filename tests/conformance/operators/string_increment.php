<?php
// Perl-style string increment, decrement on strings and nulls, numeric-string increments.
$tests = ["a", "z", "Az", "zz", "Zz", "a9", "A99", "zZ9", "9", "99", "9z", "", "-", "a-", "1.5", "1e2", " 1", "0x1A", "abc", "ZZZ"];
foreach ($tests as $t) {
    $v = $t;
    $v++;
    echo var_export($t, true), " ++ => ", var_export($v, true), "\n";
}
$d = ["a", "10", "1.5", "", "abc"];
foreach ($d as $t) {
    $v = $t;
    $v--;
    echo var_export($t, true), " -- => ", var_export($v, true), "\n";
}
$n = null;
$n++;
var_dump($n);
$m = null;
$m--;
var_dump($m);
$b = true;
$b++;
var_dump($b);
$f = false;
$f--;
var_dump($f);
$fl = 1.5;
$fl++;
var_dump($fl);
$big = PHP_INT_MAX;
$big++;
var_dump($big);
$small = PHP_INT_MIN;
$small--;
var_dump($small);
$col = "A";
$cols = [];
for ($i = 0; $i < 30; $i++) {
    $cols[] = $col++;
}
echo implode(",", $cols), "\n";
$pre = "x8";
echo ++$pre, " ", $pre++, " ", $pre, "\n";
$arr = ["k" => "a"];
$arr["k"]++;
$arr["new"] = 0;
$arr["new"]++;
var_dump($arr);
