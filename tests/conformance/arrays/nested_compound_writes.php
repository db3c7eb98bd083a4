<?php
// Compound assignment and nested writes to existing elements ($a[$i]['k'] op= v, $a[$k] op= v):
// the in-place paths and every case they must leave to the general one.
function bump(&$rows) {
    for ($i = 0; $i < count($rows); $i++) {
        $rows[$i]['n'] += 1;
        $rows[$i]['f'] -= 0.5;
        $rows[$i]['f'] *= 2.0;
        $rows[$i]['n'] -= 3;
    }
}
$rows = [['n' => 1, 'f' => 1.5], ['n' => 10, 'f' => -2.0]];
$copy = $rows;                 // shared: the first write separates
bump($rows);
var_dump($rows, $copy);

// Literal (immutable) arrays are copied before a write.
function lit() { $a = ['x' => 1, 'y' => [1, 2]]; $a['x'] += 5; $a['y'][1] += 10; return $a; }
var_dump(lit(), lit());

// Int keys in a hash, packed arrays, negative and out-of-range indexes, holes.
$h = [5 => 1, 9 => 2.5, 'k' => 3];
$h[5] += 1; $h[9] -= 1; $h['k'] *= 2;
$p = [1, 2, 3];
$p[1] += 40; $p[2] -= 0.25;
unset($p[0]);
$p[0] ??= 'refilled';
var_dump($h, $p);
$q = [1, 2];
$q[5] += 1;                    // undefined key: warning, then 1
$q[-1] -= 2;
var_dump($q);

// Overflow and type changes inside the element.
$o = ['i' => PHP_INT_MAX, 'j' => PHP_INT_MIN, 's' => '5', 'n' => null, 'b' => true];
$o['i'] += 1; $o['j'] -= 1; $o['s'] += 2; $o['n'] += 3; $o['b'] += 1;
$o['i2'] = 3; $o['i2'] *= PHP_INT_MAX;
var_dump($o);

// Non-literal keys, numeric strings among them.
$k = 'x'; $num = '7'; $m = ['x' => 1, 7 => 2];
$m[$k] += 1; $m[$num] += 1; $m[$k . ''] *= 3;
var_dump($m);

// Elements that are references, typed references, and shared nested arrays.
$v = 1;
$r = ['ref' => &$v, 'arr' => [1, 2]];
$r['ref'] += 10;
$alias = $r['arr'];
$r['arr'][0] += 100;
var_dump($v, $r, $alias);
class Box { public int $count = 0; public array $list = ['a' => 1]; }
$box = new Box;
$t = [&$box->count];
$t[0] += 5;
try { $t[0] += 1.5; } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$box->list['a'] += 1;
var_dump($box);

// Undefined containers and variables, strings and scalars as containers.
$u[1]['a'] = 1;
$u[1]['a'] += 1;
@$w['x'] += 1;
var_dump($u, $w);
$str = 'abc';
try { $str[0] .= 'x'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$int = 5;
try { $int[0] ??= 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $int[0] += 1; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$und = null;
$und['a']['b'] += 2;
var_dump($und);

// ArrayAccess objects, and $GLOBALS.
$ao = new ArrayObject(['n' => 1]);
$ao['n'] += 4;
var_dump($ao['n']);
$g = ['n' => 1];
function viaGlobals() { $GLOBALS['g']['n'] += 1; global $g; $g['n'] *= 10; }
viaGlobals();
var_dump($g);

// Result of the assignment used, and an iteration over the array being modified.
$acc = ['s' => 0];
$list = [1, 2, 3];
foreach ($list as $i => $x) { echo $acc['s'] += $x, ' '; $list[$i] *= 2; }
echo "\n";
var_dump($list);
