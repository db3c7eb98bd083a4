<?php
// Functions and constants declared in included files become global.
var_dump(function_exists('lib_add'), defined('LIB_MATH_VERSION'));
try {
    lib_add(1, 2);
} catch (Error $e) {
    echo "before include: ", $e->getMessage(), "\n";
}
function lib_optional()
{
    return "optional from the main file";
}
echo require_once __DIR__ . '/lib_math.inc', "\n";
var_dump(function_exists('lib_add'), LIB_MATH_VERSION);
var_dump(lib_add(1, 2, 3), lib_fact(10), lib_gcd(84, -36));
echo lib_optional(), "\n";
require __DIR__ . '/lib_strings.inc';
echo lib_describe(5), "\n";
echo lib_describe(8), "\n";
echo lib_title("hELLO wORLD from INCLUDE"), "\n";
// Functions from included files work as callbacks and first-class callables.
print_r(array_map('lib_fact', [1, 2, 3, 4]));
$g = lib_gcd(...);
var_dump($g(48, 18));
var_dump(call_user_func_array('lib_add', [4, 5]));
// Function names are case-insensitive.
var_dump(LIB_ADD(7), Lib_Fact(3));
// Type errors point into the included function.
try {
    lib_fact("abc");
} catch (TypeError $e) {
    echo get_class($e), " from ", basename($e->getFile()), "\n";
}
// The list of user functions includes them (in declaration order).
$user = get_defined_functions()['user'];
echo implode(",", $user), "\n";
