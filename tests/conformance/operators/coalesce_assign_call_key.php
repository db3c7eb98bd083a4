<?php
// `??=` on an element whose key is a call's result, inside try/finally (the compiler keeps the key
// in a VAR copied for the assignment) and outside.
function k() { echo "k()\n"; return "a"; }
$x = [];
try { $x[k()] ??= 1; } finally { echo "finally\n"; }
$x[k()] ??= 2;
try { $x[k()][k()] ??= 3; } finally {}
var_dump($x);
class S { public static $a = 1; public static $arr = []; }
function g($n) { return S::$$n; }
function h($n, $v) { S::$$n = $v; S::$$n .= '!'; return isset(S::$$n); }
var_dump(g("a"), h("a", "x"), S::$a);
