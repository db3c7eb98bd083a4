<?php
// Insertion order is preserved; integer-like string keys become ints.
$a = [];
$a["z"] = 1;
$a[5] = 2;
$a["a"] = 3;
$a["5"] = "overwrites int 5";
$a[1] = 4;
$a["1.0"] = "string key 1.0";
$a[-0] = "zero";
$a["-0"] = "string -0";
$a["007"] = "string 007";
$a[" 7"] = "string space 7";
$a["7"] = "int 7";
foreach ($a as $k => $v) {
    echo var_export($k, true), " (", gettype($k), ") => ", $v, "\n";
}
$b = [3 => "c", 1 => "a", 2 => "b"];
var_dump(array_keys($b), array_values($b));
$b[0] = "zero";
var_dump(array_keys($b));
$c = ["x" => 1];
unset($c["x"]);
$c["x"] = 2;
$c["y"] = 3;
var_dump($c);
$keys = [];
foreach (["10", "-10", "1.5", "0x10", "1e2", "abc", "00", "0", "-", "PHP_INT_MAX"] as $kk) {
    $d = [$kk => true];
    $keys[] = gettype(array_key_first($d));
}
echo implode(",", $keys), "\n";
