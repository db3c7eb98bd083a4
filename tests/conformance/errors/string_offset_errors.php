<?php
// String offset errors and warnings.
$s = "hello";
var_dump($s[4]);
var_dump($s[5]);
var_dump($s[-6]);
var_dump($s["1"]);
var_dump($s[" 1"] ?? "coalesced");
var_dump(isset($s["x"]), isset($s["1x"]), isset($s[1.5]));
var_dump($s[true]);
$e = "";
var_dump($e[0]);
$t = "abc";
$t[5] = "z";
var_dump($t);
$t[-1] = "Y";
var_dump($t);
echo "non-numeric string offset next\n";
var_dump($s["x"]);
echo "not reached\n";
