<?php
// An error handler returning false falls back to PHP's standard handler (message printed,
// error_get_last updated); returning true (or nothing truthy-free: null) suppresses it.
function h($errno, $errstr, $errfile, $errline) {
    static $calls = 0;
    $calls++;
    echo "handler #$calls: [$errno] $errstr @", basename($errfile), ":$errline\n";
    if (str_contains($errstr, "fallback")) {
        return false;
    }
    if (str_contains($errstr, "null")) {
        return null; // null is not false: treated as handled
    }
    return true;
}
set_error_handler('h');
trigger_error("handled notice", E_USER_NOTICE);
trigger_error("fallback warning", E_USER_WARNING);
var_dump(error_get_last()["message"] ?? "none");
error_clear_last();
trigger_error("null return", E_USER_NOTICE);
var_dump(error_get_last());
trigger_error("fallback deprecated", E_USER_DEPRECATED);
var_dump(error_get_last()["type"] === E_USER_DEPRECATED);
$arr = [];
echo $arr["k"] ?? "coalesce does not warn", "\n";
echo @$arr["fallback"], "<- silenced, handler still ran\n";
echo $undefinedVar, "<- undefined variable handled\n";
try {
    $x = "abc" + 0;
} catch (TypeError $e) {
    echo "TypeError (handler not involved): ", $e->getMessage(), "\n";
}
$y = "7 apples" + 1;
echo $y, "\n";
$r = fdiv(1, 0);
var_dump($r);
function returnsFalseOnlyForWarnings($no, $str) {
    echo "second handler: $str\n";
    return $no !== E_WARNING;
}
$prev = set_error_handler('returnsFalseOnlyForWarnings');
var_dump($prev);
echo $undefinedAgain;
$a = [1];
echo $a[5] ?? "", "\n";
echo $a[5], "|\n";
echo "end\n";
