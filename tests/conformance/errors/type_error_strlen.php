<?php
// Passing an array to a string parameter of a builtin throws TypeError.
var_dump(strlen("ok"), strlen(123), strlen(1.5), strlen(true), strlen(false));
echo "null to a non-nullable builtin parameter is deprecated:\n";
var_dump(strlen(null));
var_dump(str_repeat("x", "3"));
echo "array to strlen:\n";
var_dump(strlen([]));
echo "not reached\n";
