<?php
// array_slice / array_splice with negative and preserved keys, array_chunk, array_column, array_unique.
$arr = ["a" => 1, 5 => 2, 3, "b" => 4, 9 => 5];
var_dump(array_slice($arr, 1, 3), array_slice($arr, 1, 3, true), array_slice($arr, -2), array_slice($arr, 0, -3), array_slice($arr, 10), array_slice([1, 2, 3], -10, 2));
$s = [1, 2, 3, 4, 5];
$removed = array_splice($s, 1, 2);
var_dump($s, $removed);
$s = [1, 2, 3, 4, 5];
array_splice($s, -2, 1, ["x", "y"]);
var_dump($s);
$s = [1, 2, 3];
array_splice($s, 1, 0, "ins");
var_dump($s);
$s = ["k" => "v", 10 => "a", 20 => "b"];
array_splice($s, 1);
var_dump($s);
$s = [1, 2, 3, 4];
array_splice($s, 1, -1, []);
var_dump($s);
var_dump(array_chunk([1, 2, 3, 4, 5], 2), array_chunk(["a" => 1, "b" => 2, "c" => 3], 2, true));
$recs = [
    ["id" => 3, "name" => "Ann", "dept" => "ops"],
    ["id" => 7, "name" => "Bob", "dept" => "dev"],
    ["id" => 9, "name" => "Cy"],
];
var_dump(array_column($recs, "name"), array_column($recs, "dept", "id"), array_column($recs, null, "name"));
var_dump(array_unique([1, "1", 2, 2.0, "a", "A", "a"]), array_unique(["b", "a", "b", "c", "a"]), array_unique([3, "3", "03"], SORT_STRING));
var_dump(array_count_values(["a", "b", "a", 1, "1", 1.5]));
var_dump(array_diff([1, 2, 3, 4], [2, 4], [3]), array_diff_key(["a" => 1, "b" => 2, 0 => 3], ["a" => 9, 0 => 9]), array_diff_assoc(["a" => 1, "b" => 2], ["a" => 1, "b" => 3]), array_intersect([1, 2, 3, "4"], [4, 3], [3, 4, 5]), array_intersect_key(["x" => 1, "y" => 2], ["y" => 0, "z" => 0]));
var_dump(array_reverse(["a" => 1, 2, 3]), array_reverse([1, 2, 3], true), array_product([2, "3", 4.0]), array_product([]), array_sum([1, "2.5", true]));
