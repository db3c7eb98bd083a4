<?php
// Typed by-reference parameters in weak mode: the caller's variable is coerced through the
// reference (int from a numeric string, float from an int, string from an int), a reference
// held by a typed property keeps that property's type, and a value that cannot be coerced fails.
function wi(int &$x) { $x++; return $x; }
function wf(float &$x) { $x /= 2; return $x; }
function ws(string &$x) { $x .= "!"; return $x; }
$a = "5"; var_dump(wi($a), $a);
$b = 3; var_dump(wf($b), $b);
$c = 12; var_dump(ws($c), $c);
$d = "12abc";
try { wi($d); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($d);
class T { public int $p = 4; public float $q = 1.5; }
$t = new T;
try { var_dump(wf($t->p)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($t->p);
try { var_dump(wi($t->q), $t->q); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($t->q);
$arr = ["7"];
var_dump(wi($arr[0]), $arr);
