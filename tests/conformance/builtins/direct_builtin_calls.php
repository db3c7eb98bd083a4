<?php
// Calls the compiler resolved to builtins (DO_ICALL): results used and unused (a counted value
// dropped), by-reference arguments, named arguments, a builtin that throws, a deprecated one,
// one that calls back into PHP, one that reads the caller's strict_types, and an exception
// thrown by a callback.
$s = "abc";
str_repeat($s, 1000);                 // unused counted result
$r = str_repeat($s, 3);
echo $r, " ", strtoupper($r), " ", abs(-5), " ", max(1, 7, 3), "\n";
$arr = [3, 1, 2];
sort($arr);
array_push($arr, 9, 10);
echo implode(",", $arr), " ", count($arr), "\n";
echo str_pad(string: "x", length: 5, pad_type: STR_PAD_LEFT, pad_string: "-"), "\n";
echo json_encode(array_slice($arr, offset: 1, preserve_keys: true)), "\n";
try {
    echo intdiv(1, 0), "\n";
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo utf8_encode("\xe9"), "\n";
usort($arr, fn($a, $b) => $b <=> $a);
echo implode(",", $arr), "\n";
try {
    array_map(function ($x) { if ($x == 9) throw new RuntimeException("nine"); return $x; }, $arr);
} catch (RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
try {
    strlen();
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    str_repeat("a", -1);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function weak() { return str_repeat(5, "2"); }
echo weak(), "\n";
$total = 0;
for ($i = 0; $i < 1000; $i++) { $total += abs($i - 500) + min($i, 10); strrev("drop"); }
echo $total, "\n";
var_dump(sprintf("%05.1f", 3.14159), array_sum([1, 2.5]), in_array("2", [1, 2, 3], true));
