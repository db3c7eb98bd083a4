<?php
// Concatenating a literal array: php-cli warns when the statement runs. libphp's optimizer
// (the level opcache uses, which phpovm runs when compiling) converts the literal to "Array"
// while compiling, so the warning comes at compile time, with no file or line.
echo "before\n";
$u = "x";
$u .= [1];
var_dump($u);
