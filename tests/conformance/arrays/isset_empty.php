<?php
// isset() and empty() on variables and nested arrays.
$arr = [
    "zero" => 0, "zstr" => "0", "empty" => "", "null" => null, "false" => false, "arr" => [], "space" => " ",
    "nested" => ["a" => ["b" => null, "c" => 1]], "list" => [0, 1, null], "str" => "text", "float0" => 0.0, "floatstr" => "0.0",
];
foreach ($arr as $k => $v) {
    echo str_pad($k, 9), " isset=", var_export(isset($arr[$k]), true), " empty=", var_export(empty($arr[$k]), true), "\n";
}
var_dump(isset($arr["missing"]), empty($arr["missing"]));
var_dump(isset($arr["nested"]["a"]), isset($arr["nested"]["a"]["b"]), isset($arr["nested"]["a"]["c"]), isset($arr["nested"]["x"]["y"]));
var_dump(empty($arr["nested"]["a"]["b"]), empty($arr["nested"]["a"]["c"]), empty($arr["nested"]["zz"]["yy"]));
var_dump(isset($arr["list"][2]), isset($arr["list"][1]), isset($arr["list"][3]), isset($arr["list"]["1"]));
var_dump(isset($arr["str"][0]), isset($arr["str"][10]), isset($arr["str"]["x"]), isset($arr["zero"][0]), isset($arr["null"]["x"]));
var_dump(isset($undefinedVar), empty($undefinedVar), isset($undefinedVar["k"]["j"]));
$a = 1;
$b = null;
var_dump(isset($a, $b), isset($a), isset($a, $arr), isset($arr["zero"], $arr["str"]));
$s = "";
$z = 0;
$one = "1";
var_dump(empty($s), empty($z), empty($one), empty($arr), !empty($arr["str"]));
var_dump(array_key_exists("null", $arr), isset($arr["null"]), $arr["null"] ?? "coalesced");
$keys = ["zero", "null", "missing", "str"];
$present = [];
foreach ($keys as $k) {
    if (isset($arr[$k])) {
        $present[] = $k;
    }
}
var_dump($present);
