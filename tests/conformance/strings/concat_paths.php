<?php
// Concatenation of every kind of operand: empty and non-empty strings, interned literals,
// temporaries that grow in place, variables that must stay as they were, references, numbers,
// null/bool, arrays (a warning), objects with __toString, and values shared with arrays.
class T { public function __toString(): string { return "T!"; } }
$e = ""; $s = "abc"; $n = 5; $f = 2.5; $o = new T; $arr = [1];
var_dump($e . $e, $e . $s, $s . $e, $s . $s, "lit" . $s, $s . "lit", $s . $n . $f . null . true . false);
var_dump(("x" . $s) . ("y" . $s), ($s . "1") . "", "" . ($s . "2"), $o . $s, $s . $o);
$t = $s;
$u = $t . "-more";
var_dump($s, $t, $u);
$ref = &$s;
var_dump($ref . "r", $s);
var_dump("arr: " . $arr);
$list = ["k" => "v"];
$x = $list["k"] . "+";
var_dump($list, $x);
$acc = "";
for ($i = 0; $i < 5; $i++) { $acc = $acc . $i . ","; }
var_dump($acc);
$keep = [];
$cur = "s";
for ($i = 0; $i < 3; $i++) { $cur = $cur . $i; $keep[] = $cur; }
var_dump($keep);
function g() { return "ret"; }
var_dump(g() . g(), g() . "", "" . g(), str_repeat("z", 3) . str_repeat("w", 2));
$big = str_repeat("a", 100000);
var_dump(strlen($big . $big . $big));
var_dump("€" . "é", 1 . 2, -1 . -2, 1.0 . "", PHP_INT_MIN . "");
try { var_dump("x" . new class { }); } catch (Error $err) { echo $err->getMessage(), "\n"; }
echo "done\n";
