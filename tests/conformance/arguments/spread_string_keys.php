<?php
// Spreading arrays with string keys: they become named arguments (PHP 8.1+).
function connect($host, $port = 80, $secure = false) {
    return "$host:$port" . ($secure ? " (secure)" : "");
}
var_dump(connect(...['host' => 'example.org']));
var_dump(connect(...['port' => 443, 'secure' => true, 'host' => 'a.b']));
var_dump(connect('pos', ...['secure' => true]));
var_dump(connect(...['x.y'], ...['port' => 8080]));
// Mixed integer and string keys: positional first, then named.
var_dump(connect(...['h', 'port' => 21]));
// Positional after named in spread is an error.
try {
    var_dump(connect(...['port' => 1], ...['h']));
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Unknown named key.
try {
    connect(...['host' => 'h', 'timeout' => 5]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Variadic function collects unknown string keys.
function opts($required, ...$options) {
    return json_encode([$required, $options]);
}
var_dump(opts(...['required' => 'R', 'a' => 1, 'b' => 2]));
var_dump(opts('R', ...['x' => 1], ...['y' => 2]));
var_dump(opts('R', ...[1, 2], ...['k' => 3]));
// Builtins with string-keyed spread.
var_dump(str_pad(...['string' => 'pad', 'length' => 7, 'pad_string' => '.']));
var_dump(array_fill(...['count' => 3, 'value' => 0, 'start_index' => -2]));
var_dump(implode(...['array' => ['a', 'b'], 'separator' => '|']));
// Spreading the same keys twice: the later duplicate is an error.
try {
    connect(...['host' => 'one'], ...['host' => 'two']);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// call_user_func_array with string keys behaves the same.
var_dump(call_user_func_array('connect', ['secure' => true, 'host' => 'cufa']));
// Numeric-string keys are integer keys, so positional.
var_dump(connect(...['0' => 'numkey', '1' => 99]));
