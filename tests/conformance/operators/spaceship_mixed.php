<?php
// Spaceship and loose comparisons between numeric strings, leading-numeric strings, null, bool, arrays.
$vals = [0, 1, -1, "0", "1", "", "a", "1a", "01", "1e1", "10", null, true, false, 1.0, "abc", " 1", "1 "];
foreach ($vals as $a) {
    $row = [];
    foreach ($vals as $b) {
        $row[] = str_pad((string) ($a <=> $b), 2, " ", STR_PAD_LEFT);
    }
    echo str_pad(var_export($a, true), 6), implode("", $row), "\n";
}
echo "--- loose ==\n";
$pairs = [[0, "a"], ["1", "01"], ["10", "1e1"], [100, "1e2"], [null, false], [null, 0], [null, ""], [null, "0"], ["abc", 0], ["0", false], ["", false], [[], false], [[0], [false]], ["1", " 1"], ["1", "1 "], [1.0, "1"], ["0.0", "0"], ["null", null]];
foreach ($pairs as [$a, $b]) {
    echo var_export($a, true), " == ", var_export($b, true), " : ", var_export($a == $b, true), "\n";
}
echo "--- arrays\n";
var_dump([1, 2, 3] <=> [1, 2, 4], [1, 2] <=> [1, 2, 3], ["a" => 1] <=> ["b" => 1], [1, 2] == [2 => 1], ["x" => 1, "y" => 2] == ["y" => 2, "x" => 1], ["x" => 1, "y" => 2] === ["y" => 2, "x" => 1]);
var_dump("abc" < "abd", "Z" < "a", "10" < "9", "10" < "9a", 10 < "9a", "1e3" == "1000");
