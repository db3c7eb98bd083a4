<?php
// false held through a reference becomes an array: php 8.2 reports the deprecation for a direct
// element write and a compound assignment, not for the container of a nested write, an
// increment, or a reference to an element (libphp's fetch for writing skips it).
$b = false; $r = &$b;
$b[0][1] = 1;
var_dump($b);
$c = false; $rc = &$c;
$c[0]++;
var_dump($c);
$d = false; $rd = &$d;
$x = &$d[0];
var_dump($d);
$e = false; $re = &$e;
$e[0] = 1;
var_dump($e);
$f = false; $rf = &$f;
$f[0] .= 'x';
var_dump($f);
$g = false;
$g[0][1] = 1;
var_dump($g);
function inner(&$p) { $p['k']['l'] = 'v'; return $p; }
$h = false;
var_dump(inner($h));
