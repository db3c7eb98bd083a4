<?php
// call_user_func() passes values: a parameter that must be a reference warns and gets a reference
// to a copy (builtins write through it, the caller's variable stays as it was); one that only
// prefers a reference (array_multisort) does not warn.
$m = null;
var_dump(call_user_func('preg_match', '/(a)/', 'xa', $m));
var_dump($m);
$x = "abc";
var_dump(call_user_func('settype', $x, "integer"), $x);
$a = [3, 1, 2];
var_dump(call_user_func('array_multisort', $a), $a);
$arr = [1, 2, 3];
var_dump(call_user_func('array_push', $arr, 4), $arr);
function user_ref(&$r) { $r = 'changed'; return 'ret'; }
$v = 'orig';
var_dump(call_user_func('user_ref', $v), $v);
var_dump(call_user_func_array('user_ref', [&$v]), $v);
