<?php
// RETURN of a local variable hands its value to the caller: strings, arrays, objects, with
// destructors, references, static and global variables, closures' captured values, and values
// still held elsewhere.
class D { public function __construct(public string $n) {} public function __destruct() { echo "destroy {$this->n}\n"; } }
function make_array($n) { $a = []; for ($i = 0; $i < $n; $i++) $a[] = $i * $i; return $a; }
function make_string($s) { $t = str_repeat($s, 3); return $t; }
function make_object($n) { $o = new D($n); return $o; }
function pass_through($v) { return $v; }
function static_var() { static $s = [1]; $s[] = count($s) + 1; return $s; }
function global_var() { global $g; return $g; }
function by_ref_local() { $x = [1, 2]; $r = &$x; $r[] = 3; return $x; }
function &ref_return() { static $v = [0]; $v[0]++; return $v; }
function unused_result() { $x = new D("unused"); return $x; }
function twice_held() { $x = new D("held"); $GLOBALS['keep'] = $x; return $x; }
function with_finally() { $x = "before"; try { return $x; } finally { $x = "after"; echo "finally\n"; } }
function cycle() { $a = new stdClass; $a->self = $a; $a->name = "cycle"; return $a; }

$a = make_array(5);
$a[] = 99;
echo implode(",", $a), "\n";
echo make_string("ab"), "\n";
$o = make_object("first");
echo $o->n, "\n";
unset($o);
echo "after unset\n";
var_dump(pass_through([1, [2]]));
var_dump(static_var(), static_var());
$g = ["g"];
$h = global_var();
$h[] = "h";
var_dump($g, $h);
var_dump(by_ref_local());
$r1 = ref_return();
$r2 = &ref_return();
$r2[] = "x";
var_dump($r1, ref_return());
unused_result();
echo "after unused\n";
$t = twice_held();
echo $t === $keep ? "same\n" : "different\n";
unset($t);
echo "keep still alive\n";
unset($keep);
var_dump(with_finally());
$c = cycle();
echo $c->self->name, "\n";
unset($c);
var_dump(gc_collect_cycles() >= 0);
$f = function () { $local = "closure " . strtoupper("x"); return $local; };
var_dump($f());
$cap = "captured";
$g2 = function () use ($cap) { return $cap; };
var_dump($g2(), $g2(), $cap);
function gen() { $v = [1]; yield 1; return $v; }
$gn = gen(); foreach ($gn as $_) {} var_dump($gn->getReturn());
function recurse($n) { $acc = str_repeat("x", $n); if ($n > 0) { $acc .= recurse($n - 1); } return $acc; }
var_dump(strlen(recurse(20)));
echo "end\n";
