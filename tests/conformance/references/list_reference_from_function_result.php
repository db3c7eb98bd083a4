<?php
// Destructuring by reference (or a foreach by reference) over a function's result: a function
// returning by value returns a copy even of a variable that is a reference (a by-reference
// parameter, a global), which is not referenceable (a notice, and the caller's array stays as it
// was); a by-reference result is.
function byValue(&$a) { return $a; }
function &byRef(&$a) { return $a; }
$a = [1, 2];
[&$v] = byValue($a);
$v = 99;
var_dump($a);
[&$w, $x] = byRef($a);
$w = 42;
var_dump($a, $x);
foreach ([byValue($a)] as [&$y]) { $y = 7; }
var_dump($a);
function withGlobal() { global $g; return $g; }
$g = [1];
foreach (withGlobal() as &$gv) { $gv = 'changed'; }
unset($gv);
var_dump($g);
function byRefParam(&$p) { return $p; }
$q = [5, 6];
foreach (byRefParam($q) as &$qv) { $qv = 0; }
unset($qv);
var_dump($q);
