<?php
// Array operators: union, equality, identity, comparison.
$a = ["a" => 1, "b" => 2, 0 => "zero"];
$b = ["b" => 20, "c" => 30, 0 => "ZERO", 1 => "one"];
var_dump($a + $b);
var_dump($b + $a);
$u = [1, 2];
$u += [5, 6, 7];
var_dump($u);
var_dump([] + [], [1] + [], [] + [1]);
var_dump([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] === [1, 2], ["0" => 1] === [0 => 1]);
var_dump(["a" => 1, "b" => 2] == ["b" => 2, "a" => 1], ["a" => 1, "b" => 2] === ["b" => 2, "a" => 1]);
var_dump([1, 2] != [1, 3], [1, 2] <> [1, 2], [1, 2] !== [1, 2], [1, "2"] !== [1, 2]);
var_dump([1, 2] < [1, 3], [1, 2, 3] > [9, 9], [] < [0], ["a" => 1] == ["b" => 1]);
var_dump([null] == [false], [0] == [""], ["1"] == ["01"], [[1]] == [["1"]]);
var_dump((bool)[], (bool)[0], [] == false, [0] == true, [] == null, [] === []);
$c = $a;
$c["new"] = true;
var_dump(count($a), count($c), $a == $c);
