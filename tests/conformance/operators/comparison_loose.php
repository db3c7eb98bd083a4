<?php
// Loose comparison (== and !=) across types, PHP 8 semantics.
$values = [0, 1, -1, "0", "1", "", "a", "1a", "abc", " 1", "1 ", "01", "1e0", "1.0", 0.0, 1.0, -0.0, true, false, null, [], [0], "null", "00"];
$n = count($values);
for ($i = 0; $i < $n; $i++) {
    $row = "";
    for ($j = 0; $j < $n; $j++) {
        $row .= ($values[$i] == $values[$j]) ? "T" : ".";
    }
    echo str_pad(var_export($values[$i], true), 12), " ", $row, "\n";
}
var_dump(0 == "a", "1" == "01", "10" == "1e1", 100 == "1e2", "abc" == 0, null == false, [] == false);
var_dump("1" != "01", "abc" != "ABC", 1 != 1.0, null != 0, "" != null, "0" != false);
var_dump(1 <> 2, "a" <> "a");
var_dump(INF == INF, NAN == NAN, NAN != NAN, 0.1 + 0.2 == 0.3);
var_dump("1e3" == "1000", "0x10" == "16", "  1" == "1", "1  " == "1", "+1" == "1", "-0" == "0");
var_dump([1, 2] == [1, 2], [1, 2] == [2 => 1], ["a" => 1, "b" => 2] == ["b" => 2, "a" => 1], [1, 2] == ["1", "2"]);
var_dump("9223372036854775807" == "9223372036854775808", 9223372036854775807 == 9223372036854775808);
