<?php
// Instructions whose operands are call results (VAR), including functions that return by
// reference, objects with magic methods and undefined values, in every operand position.
function &r() { static $v = 5; return $v; }
function &ra() { static $a = [1, 2, 3]; return $a; }
function v($x) { return $x; }
class O { public $p = 4; public function m() { return $this->p; } public function &rm() { return $this->p; } }
$o = new O;
var_dump(r() + 1, 1 + r(), r() + r(), r() - v(2), v(10) * r(), r() / v(2), v(7) % r(), r() << v(1), v(64) >> r());
var_dump(r() | 2, r() & v(4), r() ^ r(), r() < 6, v(6) <= r(), r() == "5", r() === 5, r() !== v(5), r() <=> v(9));
var_dump(v(1.5) + v(2), v("3") * r(), v(null) + r(), v([1]) + ra(), v("a") . r(), r() . v("b"));
var_dump($o->m() + $o->rm(), $o->rm() * 2, -$o->rm(), !$o->rm(), $o->rm() > $o->m());
try { var_dump(r() / v(0)); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(v(1) % v(0)); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(v(1) << v(-1)); } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(v([]) - r()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(v(PHP_INT_MAX) + v(1), v(PHP_INT_MIN) - r(), v(PHP_INT_MAX) * r());
var_dump(ra()[1], v([7, 8])[0], v(['k' => 'v'])['k'], $o->rm());
for ($i = 0; $i < v(3); $i++) { echo $i; }
echo "\n";
if (v(0)) echo "no\n"; else echo "zero\n";
if (!v("")) echo "empty\n";
while (r() < 8) { $x = &r(); $x++; }
var_dump(r());
$s = v("x");
$s .= v("y");
$n = v(1);
$n += r();
$n -= v(2);
$n *= r();
var_dump($s, $n, v(3) == v(3.0), v("abc") < v("abd"), v(null) == v(false));
$arr = [v(1) => v("a"), r() => ra()];
var_dump($arr);
echo v("done"), "\n";
return v(0);
