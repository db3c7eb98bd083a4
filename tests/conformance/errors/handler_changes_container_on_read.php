<?php
// Reading $a[$undefined]: the warning's handler changes $a, but the read uses the value $a had
// (a string, an array, an object), as php-cli holds it across the warning.
set_error_handler(function ($no, $msg) {
    echo "handler: $msg\n";
    $GLOBALS['a'] = 8;
    $GLOBALS['arr'] = 'replaced';
});
$a = 'a';
var_dump($a[$b]);
var_dump($a);
$arr = ['' => 'empty key', 'x' => 1];
var_dump($arr[$c]);
var_dump($arr);
$a = str_repeat('xy', 2);
var_dump($a[$d] ?? 'default');
var_dump($a);
restore_error_handler();
$list = [1, 2];
var_dump(@$list[$e]);
