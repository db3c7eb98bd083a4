<?php
// set_error_handler with a string callback: receives VM warnings, builtin warnings, and user errors.
$seen = [];
function collect($errno, $errstr, $errfile, $errline) {
    global $seen;
    $names = [E_WARNING => "E_WARNING", E_NOTICE => "E_NOTICE", E_DEPRECATED => "E_DEPRECATED", E_USER_WARNING => "E_USER_WARNING", E_USER_NOTICE => "E_USER_NOTICE", E_USER_DEPRECATED => "E_USER_DEPRECATED", E_USER_ERROR => "E_USER_ERROR"];
    $seen[] = sprintf("%s line %d: %s", $names[$errno] ?? $errno, $errline, $errstr);
    return $errno !== E_USER_NOTICE;
}
$prev = set_error_handler('collect');
var_dump($prev);
echo $undefinedVariable;
$arr = [1];
echo $arr[5];
echo $arr["key"];
$str = "abc";
echo $str[10];
$r = "5 apples" + 3;
$x = (int) "12" + [1][0];
trigger_error("custom warning", E_USER_WARNING);
trigger_error("custom notice", E_USER_NOTICE);
trigger_error("custom deprecated", E_USER_DEPRECATED);
$y = 7.5 | 1;
$z = strlen(null);
echo "result r=$r y=$y z=$z\n";
print_r($seen);
restore_error_handler();
echo "handler restored\n";
function onlyWarnings($no, $str) {
    echo "ONLY WARNING: $str\n";
    return true;
}
set_error_handler('onlyWarnings', E_WARNING | E_USER_WARNING);
echo $alsoUndefined;
trigger_error("deprecated goes to default", E_USER_DEPRECATED);
trigger_error("warn goes to handler", E_USER_WARNING);
function falseReturning($no, $str) {
    echo "saw: $str\n";
    return false;
}
set_error_handler('falseReturning');
echo $third;
echo "end\n";
