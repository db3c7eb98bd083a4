<?php
// Appending, unsetting and the next free integer key.
$a = [1, 2, 3];
$a[] = 4;
unset($a[3]);
$a[] = 5;
var_dump($a);
unset($a[0], $a[1]);
var_dump($a, count($a));
$a[] = 6;
var_dump(array_keys($a));
unset($a[100]);
unset($a["nope"]);
$b = ["x" => 1, "y" => 2];
$b[] = "int key 0";
$b[] = "int key 1";
unset($b["x"]);
var_dump($b);
$c = [10 => "a"];
unset($c[10]);
$c[] = "b";
var_dump($c);
$d = [];
$d[-3] = "neg";
$d[] = "after neg";
var_dump($d);
$e = ["a" => ["b" => ["c" => 1, "d" => 2]]];
unset($e["a"]["b"]["c"]);
var_dump($e);
unset($e["a"]["zz"]["yy"]);
var_dump($e);
unset($e["a"]);
var_dump($e, empty($e));
$f = [1, 2, 3, 4, 5, 6];
foreach ($f as $k => $v) {
    if ($v % 2 == 0) {
        unset($f[$k]);
    }
}
var_dump($f, array_values($f));
$g = [];
for ($i = 0; $i < 5; $i++) {
    $g[] = $i * $i;
}
var_dump($g);
$x = 1;
unset($x);
var_dump(isset($x));
$h = ["k" => null];
var_dump(isset($h["k"]), array_key_exists("k", $h));
unset($h["k"]);
var_dump(array_key_exists("k", $h));
$arr = [3 => 'x'];
$arr["5"] = 'y';
$arr[] = 'z';
var_dump($arr);
