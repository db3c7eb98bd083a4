<?php
// print_r and var_export output formats.
$data = [
    "int" => 1, "neg" => -5, "float" => 1.5, "whole" => 2.0, "tiny" => 0.1 + 0.2, "negzero" => -0.0, "big" => 1e100,
    "str" => "it's \"quoted\"\\", "empty" => "", "t" => true, "f" => false, "n" => null,
    "list" => [1, 2, [3, []]], 7 => "int key", "multi\nline" => "a\nb",
];
print_r($data);
echo "\n";
print_r(42);
echo "\n";
print_r(1.0);
echo "\n";
print_r(true);
print_r(false);
print_r(null);
print_r("str\n");
print_r([]);
$s = print_r([1, ["a" => "b"]], true);
var_dump($s);
var_export($data);
echo "\n";
var_export(1.0);
echo "\n";
var_export(0.1);
echo "\n";
var_export(-0.0);
echo "\n";
var_export(PHP_INT_MIN);
echo "\n";
var_export([]);
echo "\n";
var_export([[]]);
echo "\n";
var_export("multi\nline 'q' \\ \0 nul");
echo "\n";
var_export(null);
echo "\n";
var_export(INF);
echo "\n";
var_export(-INF);
echo "\n";
var_export(NAN);
echo "\n";
var_export(1e22);
echo "\n";
var_export(123456789.0);
echo "\n";
$x = var_export(["a" => [true, null]], true);
var_dump($x);
echo print_r(0.1 + 0.2, true), " ", var_export(0.1 + 0.2, true), "\n";
