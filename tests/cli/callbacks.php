<?php
function twice($x) { return $x * 2; }
function cmp($a, $b) { return $b <=> $a; }
$a = array_map('twice', [1, 2, 3]);
usort($a, 'cmp');
echo implode(",", $a), " ", call_user_func('twice', 21), "\n";
echo preg_replace_callback('/\d/', 'twice_match', "a1b2"), "\n";
function twice_match($m) { return $m[0] * 2; }
