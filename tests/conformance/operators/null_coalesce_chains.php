<?php
// Null coalescing (??, ??=) over missing keys, nested arrays, nulls and falsy values.
$config = ["db" => ["host" => "localhost", "port" => 0, "user" => null], "debug" => false, "tags" => []];
echo $config["db"]["host"] ?? "default-host", "\n";
var_dump($config["db"]["port"] ?? 5432);
var_dump($config["db"]["user"] ?? "anon");
var_dump($config["db"]["pass"] ?? "none");
var_dump($config["cache"]["ttl"] ?? 60);
var_dump($config["debug"] ?? true);
var_dump($config["tags"][0] ?? "no-tags");
var_dump($undefinedVar ?? "undef-ok");
var_dump($undefinedVar["x"]["y"] ?? "deep-undef-ok");
$s = "hello";
var_dump($s[1] ?? "?", $s[10] ?? "out-of-range", $s[-1] ?? "neg");
$n = null;
var_dump($n ?? $undefinedToo ?? "third");
var_dump(null ?? false ?? "x");
$a = [];
$a["count"] ??= 0;
$a["count"] ??= 99;
$a["list"] ??= [];
$a["list"][] = "first";
$a["list"][0] ??= "ignored";
$a["list"][5] ??= "five";
$a["nested"]["deep"]["value"] ??= "created";
print_r($a);
$x = null;
$x ??= "set-from-null";
$y = 0;
$y ??= "not-used";
$z = "";
$z ??= "not-used";
var_dump($x, $y, $z);
$calls = 0;
function side($v) {
    global $calls;
    $calls++;
    return $v;
}
$k = ["a" => 1];
$r1 = $k["a"] ?? side("unused");
$r2 = $k["b"] ?? side("used");
var_dump($r1, $r2, $calls);
$k["c"] ??= side("assigned");
$k["c"] ??= side("skipped");
var_dump($k, $calls);
$matrix = [[1, null], [null, 4]];
for ($i = 0; $i < 3; $i++) {
    $row = [];
    for ($j = 0; $j < 3; $j++) {
        $row[] = $matrix[$i][$j] ?? "-";
    }
    echo implode(" ", $row), "\n";
}
echo ($config["missing"] ?? null) === null ? "strict null\n" : "not null\n";
echo 1 + ($config["nope"] ?? 41), "\n";
$str = "key";
$dyn = ["key" => "dynamic"];
echo $dyn[$str] ?? "none", " ", $dyn[$str . "2"] ?? "none2", "\n";
