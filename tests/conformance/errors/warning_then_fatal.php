<?php
// Several warnings followed by a fatal TypeError from a builtin.
$data = ["a" => 1];
echo $data["b"], "|\n";
echo $missing, "|\n";
$x = "5 cats" + 1;
var_dump($x);
echo implode(",", $data), "\n";
var_dump(array_sum(["1", "x", 2]));
echo "calling count() on a string\n";
var_dump(count("not countable"));
