<?php
// Array literals built at run time: elements from variables, temporaries, calls (by value and
// by reference), constants, undefined variables, references (&$x), spreads, and an append
// after the largest integer key (an error).
function val() { return [1, 2]; }
function &ref() { static $s = 5; return $s; }
$x = "str" . mt_rand(1, 1);
$y = 2.5;
$o = new stdClass;
$a = [$x, $y, $o, val(), ref(), strlen($x), null, true, 7, "lit"];
var_dump($a);
$o->p = 1;
var_dump($a[2]->p);
$b = [&$x, $y];
$b[0] .= "!";
var_dump($x, $b);
$c = [$undefined, 1];
var_dump($c);
$d = [...$a, ...[8, 9], $x];
var_dump(count($d), $d[12]);
$k = PHP_INT_MAX;
try {
    $e = [$k => 1, $x];
    var_dump($e);
} catch (Error $err) {
    echo get_class($err), ": ", $err->getMessage(), "\n";
}
function pair($p, $q) { return [$p, $q]; }
$nested = pair(pair(1, 2), pair($x, [$y]));
var_dump($nested);
$r = &ref();
$f = [$r, $r];
$r = 6;
var_dump($f, ref());
$g = [];
for ($i = 0; $i < 3; $i++) { $g = [$g, $i]; }
echo json_encode($g), "\n";
$copy = $a;
$copy[] = "more";
var_dump(count($a), count($copy));
