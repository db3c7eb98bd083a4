<?php
// <=> and < <= > >= across types.
$cases = [
    [1, 2], [2, 1], [1, 1], [1.5, 1], [-1, -1.0],
    ["a", "b"], ["b", "a"], ["abc", "abd"], ["abc", "ab"], ["", "a"], ["Z", "a"],
    ["10", "9"], ["10", "9a"], ["1e1", "10"], ["abc", 0], ["1", 1], [" 5", "5"],
    [true, false], [null, 0], [null, false], [null, ""], [null, "a"], [false, "0"], [true, "a"],
    [[1, 2], [1, 3]], [[1, 2, 3], [5, 6]], [[], []], [[1], [1]], [["a" => 1], ["a" => 2]],
    [INF, PHP_INT_MAX], [-INF, PHP_INT_MIN], [0.1 + 0.2, 0.3],
];
foreach ($cases as $c) {
    [$a, $b] = $c;
    echo str_replace("\n", "", var_export($a, true)), " vs ", str_replace("\n", "", var_export($b, true)), ": ";
    echo $a <=> $b, " ";
    echo ($a < $b) ? "lt " : "-- ";
    echo ($a <= $b) ? "le " : "-- ";
    echo ($a > $b) ? "gt " : "-- ";
    echo ($a >= $b) ? "ge" : "--";
    echo "\n";
}
var_dump(1 <=> 2, "a" <=> "a", [1, 2, 3] <=> [1, 2, 4], 2.5 <=> 2.4);
var_dump(NAN < 1, NAN > 1, NAN <=> 1, 1 <=> NAN);
var_dump(["a" => 1] <=> ["b" => 1], ["a" => 1] < ["b" => 1], ["a" => 1] > ["b" => 1]);
