<?php
// [&$this] makes a reference only the array holds: array_slice() copies its value, and passing
// that on to a by-reference parameter warns, as for any value.
function ref(&$ref) { echo gettype($ref), "\n"; }
new class {
    function __construct() {
        $args = [&$this];
        for ($i = 0; $i < 2; $i++) {
            $a = array_slice($args, 0, 1);
            call_user_func_array('ref', $a);
        }
    }
};
$o = new stdClass;
$b = [&$o];
unset($o);
$c = array_slice($b, 0, 1);
call_user_func_array('ref', $c);
