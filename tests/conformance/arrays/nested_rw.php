<?php
// Nested reads and writes, auto-vivification and copy-on-write.
$m = [];
$m["a"]["b"]["c"] = 1;
$m["a"]["b"]["d"] = 2;
$m["a"]["x"][] = "first";
$m["a"]["x"][] = "second";
$m["list"][5] = "five";
$m["list"][] = "six";
var_dump($m);
var_dump($m["a"]["b"]["c"], $m["a"]["x"][1], $m["list"][6]);
$m["a"]["b"]["c"] += 10;
$m["a"]["b"]["c"]++;
$m["a"]["x"][0] .= "!";
var_dump($m["a"]);
$copy = $m;
$copy["a"]["b"]["c"] = "changed";
var_dump($m["a"]["b"]["c"], $copy["a"]["b"]["c"]);
$grid = [];
for ($r = 0; $r < 3; $r++) {
    for ($c = 0; $c < 4; $c++) {
        $grid[$r][$c] = $r * 4 + $c;
    }
}
foreach ($grid as $row) {
    echo implode(" ", $row), "\n";
}
$grid[1][2] = "X";
echo implode(",", $grid[1]), "\n";
$t = [];
$t[0][0][0] = 0;
$t[0][1] = [1, [2, [3]]];
var_dump($t[0][1][1][1][0]);
$data = ["users" => [["name" => "ann", "tags" => ["a", "b"]], ["name" => "bob", "tags" => []]]];
$data["users"][1]["tags"][] = "new";
$data["users"][] = ["name" => "cy", "tags" => ["z"]];
foreach ($data["users"] as $i => $u) {
    echo $i, ": ", $u["name"], " [", implode(",", $u["tags"]), "]\n";
}
$str = ["s" => "hello"];
$str["s"][0] = "J";
var_dump($str);
$n = null;
$n["auto"] = "from null";
var_dump($n);
$counts = [];
foreach (["a", "b", "a", "c", "a", "b"] as $w) {
    $counts[$w] = ($counts[$w] ?? 0) + 1;
}
var_dump($counts);
