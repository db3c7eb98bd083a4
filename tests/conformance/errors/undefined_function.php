<?php
// Calling an undefined function is an uncaught Error.
function defined_one() {
    return "defined";
}
echo defined_one(), "\n";
var_dump(function_exists("undefined_one"));
echo undefined_one(), "\n";
echo "not reached\n";
