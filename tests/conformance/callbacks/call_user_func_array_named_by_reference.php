<?php
// call_user_func_array() giving a value to a builtin's by-reference parameter, by position or by
// name: a warning, and the call goes on with the value wrapped (what it writes is dropped).
namespace Foo;
var_dump(\call_user_func_array("str_replace", ["a", "b", "aca", 0]));
var_dump(\call_user_func_array("str_replace", ["a", "b", "aca", "count" => 0]));
var_dump(call_user_func_array("str_replace", ["a", "b", "c", "count" => new \stdClass]));
$n = 0;
var_dump(\call_user_func_array("str_replace", ["a", "b", "aaa", "count" => &$n]), $n);
