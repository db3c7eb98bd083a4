<?php
// $o[k] = <temporary> on an ArrayAccess object (and on a string offset, or a failing target):
// the object keeps its own copy and the temporary is released, so a cycle through the object is
// collected and nothing is left behind.
$a = new ArrayObject();
$a[0] = $a;  // compiled as a temporary copy of $a
debug_zval_dump($a);
unset($a);
var_dump(gc_collect_cycles());
$o = new ArrayObject;
$o[] = [1, 2] + [mt_rand(1, 1)];
$o['k'] = str_repeat("ab", 2) . "!";
var_dump(count($o), $o['k']);
$s = "abc";
$s[1] = "x" . mt_rand(1, 1);
var_dump($s);
$i = 5;
try { $i[0] = [1, 2] + [3]; } catch (Error $e) { echo $e->getMessage(), "\n"; }
