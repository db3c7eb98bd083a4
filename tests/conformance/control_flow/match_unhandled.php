<?php
// match: strict comparison, multiple conditions, no-arg true, and an unhandled value as final error.
function httpText($code) {
    return match ($code) {
        200, 201, 204 => "Success",
        301, 302 => "Redirect",
        404 => "Not Found",
        500 => "Server Error",
        default => "Unknown",
    };
}
foreach ([200, 204, "200", 302, 404, 500, 999, 200.0] as $c) echo var_export($c, true), ": ", httpText($c), "\n";
function grade($score) {
    return match (true) {
        $score >= 90 => "A",
        $score >= 80 => "B",
        $score >= 70 => "C",
        default => "F",
    };
}
foreach ([95, 85, 72, 10, 90] as $s) echo "$s=", grade($s), " ";
echo "\n";
$calls = [];
function probe($v) { global $calls; $calls[] = $v; return $v; }
$r = match (3) { probe(1) => "a", probe(3) => "b", probe(5) => "c" };
echo $r, " ", implode(",", $calls), "\n";
echo match (true) { default => "only default" }, "\n";
$val = "1";
echo match ($val) { 1 => "int one", "1" => "string one" }, "\n";
echo match (gettype(1.5)) { "double" => "it's a double", "float" => "float" }, "\n";
$v = null;
echo match ($v) { null => "null matched", false => "false" }, "\n";
echo "Now unhandled:\n";
echo match ("5") { 5 => "five", 6 => "six" };
echo "not reached\n";
