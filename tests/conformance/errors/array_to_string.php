<?php
// Array to string conversion warnings.
$arr = [1, 2, 3];
echo $arr, "\n";
$s = "value: " . $arr;
var_dump($s);
$t = "interp: $arr";
var_dump($t);
var_dump(implode(",", [[1], 2]));
var_dump(strval([]) ?? null);
print $arr;
echo "\n";
$nested = ["a" => [1]];
echo "nested: {$nested['a']}\n";
var_dump(in_array("Array", [[1]]), "Array" == [1]);
echo "done\n";
