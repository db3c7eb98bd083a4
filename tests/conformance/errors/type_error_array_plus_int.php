<?php
// Arithmetic on arrays: + works for array + array, anything else throws TypeError.
var_dump([1] + [2, 3]);
var_dump([] == 0);
$a = [];
echo "about to add an int to an array\n";
var_dump($a + 1);
echo "not reached\n";
