<?php
// explode, implode and related splitting/joining.
$csv = "a,b,,c,";
var_dump(explode(",", $csv));
var_dump(explode(",", $csv, 2));
var_dump(explode(",", $csv, -2));
var_dump(explode(",", $csv, 0));
var_dump(explode(",", ""));
var_dump(explode(", ", "one, two, three"));
var_dump(explode("x", "no separator here"));
var_dump(explode("ab", "ababab"));
var_dump(implode(",", [1, 2, 3]), implode([1, 2, 3]), implode(" ", ["a"]), implode("-", []), implode(", ", [1.5, true, false, null, "s", -0.0, 0.1 + 0.2]));
var_dump(join("+", ["x", "y"]), implode(["a" => "A", "b" => "B"]));
$words = explode(" ", "the quick brown fox jumps over the lazy dog");
var_dump(count($words), implode(" ", array_reverse($words)));
$lengths = [];
foreach ($words as $w) {
    $lengths[] = strlen($w);
}
var_dump(implode(",", $lengths), array_sum($lengths));
$lines = explode("\n", "line1\nline2\n\nline4");
foreach ($lines as $i => $line) {
    echo $i, ": [", $line, "] ", strlen($line), "\n";
}
$kv = "name=John;age=30;city=Paris";
$pairs = [];
foreach (explode(";", $kv) as $part) {
    [$k, $v] = explode("=", $part);
    $pairs[$k] = $v;
}
var_dump($pairs);
var_dump(str_word_count("Hello World again"), ucwords(implode(" ", explode("_", "snake_case_name"))));
var_dump(implode(",", str_split("1234567", 2)), chunk_split("abcdefg", 3, "|"));
