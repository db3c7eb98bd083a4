<?php
// Searching, filling, walking and set operations with user and builtin string callbacks.
function lenCmp($a, $b) { return strlen($a) - strlen($b); }
function valCmp($a, $b) { return $a <=> $b; }
var_dump(array_udiff(["apple", "fig", "kiwi"], ["pear"], 'lenCmp'));
var_dump(array_uintersect(["a" => "x", "b" => "yy"], ["zz"], 'lenCmp'));
var_dump(array_diff_ukey(["a" => 1, "B" => 2], ["b" => 0], 'strcasecmp'));
var_dump(array_intersect_assoc(["a" => "1", "b" => 2], ["a" => 1, "b" => "3"]));
var_dump(array_intersect_ukey(["Key" => 1, "x" => 2], ["KEY" => 0], 'strcasecmp'));
var_dump(array_search(null, ["a" => 0, "b" => null]), array_search(null, ["a" => 0, "b" => null], true), array_keys([1, "1", 1.0, true, "a"], 1), array_keys([1, "1", 1.0, true], "1", true));
var_dump(in_array(0, ["a"]), in_array("a", [0]), in_array(null, [""]), in_array(null, [""], true), in_array([1], [[1], 2]));
$m = ["x" => 1, "y" => 2];
var_dump(array_walk($m, 'printf'));
echo "\n";
var_dump(range('A', 'F', 2), range(1, 2, 0.5), range(3, 1), range('a', 'c', 1));
var_dump(array_map('max', [1, 5], [4, 2]), array_map('str_pad', ['a', 'b'], [3, 4], ['.', '-']));
var_dump(array_merge_recursive(["a" => [1], "b" => 2], ["a" => [3], "b" => 4]), array_replace_recursive(["a" => [1, 2]], ["a" => [1 => "B"]]));
var_dump(array_key_exists(null, ["" => 1]), key_exists("a", ["a" => 1]));
$stack = [1, 2];
var_dump(array_push($stack, 3, 4), array_unshift($stack, 0), array_shift($stack), array_pop($stack), $stack);
$q = ["x" => 1, 5 => 2, 9 => 3];
array_shift($q);
var_dump($q);
array_unshift($q, "new");
var_dump($q);
var_dump(count([1, [2, 3]], COUNT_RECURSIVE), sizeof([1, 2]), array_flip([1 => "a", 2 => "b"]));
var_dump(iterator_to_array_like(["a", "b"]), natsort_copy(["img12", "img10", "img2"]));
function iterator_to_array_like($a) { return array_combine(array_map('strtoupper', $a), array_keys($a)); }
function natsort_copy($a) { natsort($a); return $a; }
