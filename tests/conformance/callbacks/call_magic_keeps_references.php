<?php
// call_user_func_array() into __call(): the arguments array keeps its references, so a
// by-reference function called from __call() with them changes the caller's variable.
function inc(&$x) { $x++; }
class Proxy {
    function __call($name, $args) {
        echo "$name called\n";
        call_user_func_array('inc', $args);
    }
}
$arg = 1;
$args = [&$arg];
$proxy = new Proxy;
call_user_func_array([$proxy, 'bar'], $args);
call_user_func_array([$proxy, 'bar'], [&$arg]);
var_dump($arg);
$plain = [5];
call_user_func_array([$proxy, 'bar'], $plain);
var_dump($plain);
