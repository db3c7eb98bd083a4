<?php
// Deprecation notices emitted by PHP 8.2 (still executes).
$name = "world";
echo "hello ${name}\n";
$arr = [];
$arr[1.5] = "float key";
var_dump($arr);
var_dump(7.5 % 2);
var_dump(10 | 2.5);
var_dump(str_repeat("-", 3.0));
var_dump(strtoupper(null));
var_dump(str_replace("a", "b", null));
var_dump(strlen(null) + 1);
$s = "abc";
var_dump($s[1.7]);
echo "done\n";
