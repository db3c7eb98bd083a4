<?php
// Array literals and key normalisation.
$a = [1, 2, 3];
var_dump($a);
$b = ["1" => "int-like string", "01" => "leading zero", "1.5" => "float string", true => "bool true", null => "null key", 2.7 => "float key", false => "bool false", "-5" => "negative int string", "-0" => "minus zero string", " 3" => "space"];
var_dump($b);
$c = [5 => "a", "b", 10 => "c", "d", 3 => "e", "f"];
var_dump($c);
$d = [-5 => "neg", "next"];
var_dump($d);
$e = ["x" => 1, "y" => 2, "x" => 3];
var_dump($e);
$f = [PHP_INT_MAX => "max"];
var_dump($f);
$g = ["9223372036854775807" => "int key", "9223372036854775808" => "string key"];
var_dump($g);
$h = [[1, 2], ["a" => [true, null]], []];
var_dump($h);
$i = array(1, "two" => 2, array(3));
var_dump($i);
var_dump(count($a), count($b), count($h), count($h, COUNT_RECURSIVE));
$trailing = [1, 2, 3,];
var_dump(count($trailing));
$k = "dyn";
$m = [$k => 1, $k . "2" => 2, 1 + 1 => "two", "a" . "b" => "ab"];
var_dump($m);
var_dump(array_keys(["10" => 1, "010" => 2, "1e1" => 3, "0x1" => 4, "0" => 5, "" => 6]));
