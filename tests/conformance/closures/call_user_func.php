<?php
// call_user_func / call_user_func_array with closures, strings and named arguments.
$greet = function ($greeting, $name = "you") {
    return "$greeting, $name!";
};
var_dump(call_user_func($greet, "Hi"));
var_dump(call_user_func($greet, "Hello", "Ann"));
var_dump(call_user_func_array($greet, ["Hey", "Bob"]));
var_dump(call_user_func_array($greet, ['name' => "Cy", 'greeting' => "Yo"]));
var_dump(call_user_func($greet, name: "Di", greeting: "Howdy"));
var_dump(call_user_func('strtoupper', "abc"));
var_dump(call_user_func_array('str_replace', ["a", "o", "banana"]));
var_dump(call_user_func_array('implode', ['separator' => '|', 'array' => [1, 2]]));
// Passing a closure that expects a reference: call_user_func passes by value with a warning.
$byRef = function (&$v) {
    $v .= " modified";
    return $v;
};
$val = "original";
var_dump(call_user_func($byRef, $val));
var_dump($val);
// call_user_func_array with a reference inside the argument array does modify.
$args = [&$val];
var_dump(call_user_func_array($byRef, $args));
var_dump($val);
// Nested call_user_func.
var_dump(call_user_func('call_user_func', fn($x) => $x * 3, 7));
// is_callable on various values.
foreach (['strlen', 'no_such_fn', $greet, fn() => 1, 42, [1, 2], 'Closure::fromCallable'] as $c) {
    echo is_string($c) ? $c : gettype($c), ": ", var_export(is_callable($c), true), "\n";
}
// Calling a non-callable.
try {
    call_user_func('no_such_fn');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// Extra arguments are ignored by closures; func_get_args sees them.
$count = function () {
    return func_num_args() . ":" . implode(",", func_get_args());
};
var_dump(call_user_func($count, 1, 2, 3));
var_dump(call_user_func_array($count, []));
// Callable strings invoked directly and via variable.
$fn = 'array_sum';
var_dump($fn([1, 2, 3]));
$cb = $greet;
var_dump($cb("Hola"));
