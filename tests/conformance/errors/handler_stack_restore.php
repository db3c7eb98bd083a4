<?php
// set_error_handler returns the previous handler; restore_error_handler pops the stack;
// the error_levels mask limits which errors reach the handler.
function first($no, $str) { echo "first: $str\n"; return true; }
function second($no, $str) { echo "second: $str\n"; return true; }
var_dump(set_error_handler('first'));
var_dump(set_error_handler('second'));
trigger_error("one", E_USER_NOTICE);
var_dump(restore_error_handler());
trigger_error("two", E_USER_NOTICE);
restore_error_handler();
trigger_error("three (standard)", E_USER_NOTICE);
var_dump(restore_error_handler());
trigger_error("four (standard)", E_USER_NOTICE);

$closure = function ($no, $str) { echo "closure: $str\n"; return true; };
set_error_handler($closure, E_USER_WARNING);
trigger_error("notice passes by", E_USER_NOTICE);
trigger_error("warning caught", E_USER_WARNING);
$prev = set_error_handler(null);
var_dump($prev === $closure);
trigger_error("after null handler", E_USER_WARNING);
restore_error_handler();
trigger_error("closure again", E_USER_WARNING);
restore_error_handler();

set_error_handler(fn($no, $str) => print("arrow($no): $str\n"), E_ALL & ~E_USER_DEPRECATED);
trigger_error("dep not handled", E_USER_DEPRECATED);
trigger_error("warn handled", E_USER_WARNING);
$u = $nope;
restore_error_handler();

// Handler installed inside a function stays active after it returns.
function install() {
    set_error_handler(function ($no, $str, $file, $line) {
        printf("installed-in-function: %s (line %d)\n", $str, $line);
        return true;
    });
}
install();
trigger_error("from main", E_USER_NOTICE);
restore_error_handler();
try {
    set_error_handler('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "done\n";
