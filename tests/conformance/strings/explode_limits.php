<?php
// explode with limits, implode of mixed values, str_getcsv, preg_split variants.
$line = "a,b,,c,";
var_dump(explode(",", $line), explode(",", $line, 2), explode(",", $line, -2), explode(",", $line, 0), explode(",", ""), explode(", ", "x"), explode("::", "a::b::c", -1));
var_dump(implode(",", [1, 2.5, true, false, null, "s"]), implode([1, 2]), implode(", ", []), implode("-", ["k" => "v", 9 => "w"]));
var_dump(str_getcsv('a,"b,c",d'), str_getcsv('"quoted ""inner""",plain, spaced '), str_getcsv("x;y;'z;w'", ";", "'"), str_getcsv(""));
var_dump(preg_split('/\s*,\s*/', "a , b,c ,  d"), preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY), preg_split('/(-)/', "a-b-c", -1, PREG_SPLIT_DELIM_CAPTURE), preg_split('/ /', "a b c", 2), preg_split('/\d/', "a1b2c", -1, PREG_SPLIT_OFFSET_CAPTURE));
$csv = "name;age\nann;30\nbob;25\n";
$rows = array_map(function_exists('str_getcsv') ? 'trim' : 'trim', explode("\n", trim($csv)));
foreach ($rows as $r) {
    [$n, $a] = explode(";", $r);
    echo str_pad($n, 6), "|", str_pad($a, 4, " ", STR_PAD_LEFT), "\n";
}
var_dump(strtok("a/b//c", "/"), strtok("/"), strtok("/"), strtok("/"));
$tok = strtok("  lead and  trail  ", " ");
$parts = [];
while ($tok !== false) {
    $parts[] = $tok;
    $tok = strtok(" ");
}
var_dump($parts);
var_dump(array_filter(explode(" ", " x  y "), 'strlen'));
var_dump(join("+", range('a', 'e')), join("", array_reverse(str_split("stressed"))));
