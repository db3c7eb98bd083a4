<?php
// Function declaration order, case-insensitive names, __FUNCTION__ and __LINE__.
echo laterDefined(3), "\n";
function laterDefined($n) {
    return "defined later, called early with $n";
}
function MixedCase() {
    return __FUNCTION__;
}
echo mixedcase(), " ", MIXEDCASE(), " ", MixedCase(), "\n";
echo STRTOUPPER("builtin names too"), " ", StrLen("abc"), "\n";
function lineInfo() {
    return __LINE__;
}
var_dump(lineInfo(), __LINE__);
var_dump(function_exists("laterDefined"), function_exists("LATERDEFINED"), function_exists("strlen"), function_exists("nope"));
function outer($x) {
    return inner($x) * 2;
}
function inner($x) {
    return $x + 1;
}
var_dump(outer(4));
function describeArgs($a, $b = "B") {
    return func_num_args() . " args: " . implode(",", func_get_args());
}
var_dump(describeArgs(1), describeArgs(1, 2), describeArgs(1, 2, 3));
$fn = "strrev";
var_dump($fn("dynamic call"));
$user = "inner";
var_dump($user(41));
var_dump(call_user_func("str_repeat", "ab", 2), call_user_func_array("max", [3, 9, 2]), is_callable("strlen"), is_callable("notAFunction"));
