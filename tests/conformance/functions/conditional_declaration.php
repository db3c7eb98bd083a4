<?php
// Conditionally declared functions, function_exists checks, nested declarations, case-insensitive calls.
echo function_exists("later") ? "later exists early\n" : "later missing\n";
echo later(2), "\n";
function later($x) { return $x * 100; }
if (!function_exists("helper")) {
    function helper() { return "helper v1"; }
}
echo helper(), "\n";
if (true) {
    function inIf() { return "declared in if"; }
}
echo inIf(), "\n";
echo function_exists("notYet") ? "yes" : "no", "\n";
function outer() {
    if (!function_exists("inner")) {
        function inner() { return "inner called"; }
    }
    return "outer called";
}
echo outer(), " ", function_exists("inner") ? "inner now exists" : "no inner", "\n";
echo inner(), "\n";
echo outer(), "\n";
echo LATER(3), " ", Helper(), " ", STRTOUPPER("abc"), "\n";
$name = "LaTeR";
echo $name(4), "\n";
echo call_user_func("INNER"), "\n";
$mode = "b";
if ($mode === "a") {
    function variant() { return "variant A"; }
} else {
    function variant() { return "variant B"; }
}
echo variant(), "\n";
var_dump(is_callable("variant"), is_callable("Variant"), function_exists("VARIANT"));
$defined = get_defined_functions()["user"];
sort($defined);
echo implode(",", $defined), "\n";
function notYet() { return 1; }
