<?php
// More array builtins: range variations, array_walk-free transforms, searching.
var_dump(range(0, 20, 5), range("A", "E", 2), range(5, 0, 2), range(1.5, 3.5), range("0", "3"));
var_dump(array_sum(range(1, 100)), array_product(range(1, 10)), count(range("a", "z")));
$letters = range("a", "j");
var_dump(array_slice($letters, 3, 4), implode("", array_reverse($letters)), array_search("e", $letters));
$squares = array_map("intval", array_map("sqrt", [1, 4, 9, 16, 25]));
var_dump($squares);
$words = explode(" ", "Zebra apple Mango banana cherry");
$lower = array_map("strtolower", $words);
sort($lower);
var_dump($lower);
natcasesort($words);
var_dump($words);
var_dump(array_filter(["1", "a", "2.5", "", "0", "x1"], "is_numeric"));
var_dump(array_map("str_repeat", ["a", "b"], [3, 2]));
var_dump(array_map("trim", ["  a ", "b  ", "  c"]), array_map("strrev", ["abc", "xyz"]));
var_dump(array_values(array_unique(array_map("strlen", $words))));
var_dump(array_keys(array_filter(["a" => 0, "b" => 1, "c" => 2, "d" => null])));
var_dump(array_flip(range("a", "c")), array_fill_keys(range(1, 3), []), str_split(implode(",", range(1, 5))));
var_dump(array_key_exists(2, range(0, 5)), in_array("5", range(0, 5)), in_array("5", range(0, 5), true));
$nested = [[3, 1], [2, 9], [5, 0]];
var_dump(array_map("max", $nested), array_map("array_sum", $nested), max(array_map("min", $nested)));
rsort($nested);
var_dump($nested);
