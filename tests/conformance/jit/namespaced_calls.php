<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// ini: phpovm.jit_hot_func=2
// Namespaced code calls functions by unqualified names (INIT_NS_FCALL_BY_NAME): its own
// namespace's function if there is one, else the global one. Compiled loops and functions resolve
// them as the interpreter does, builtins (sqrt, abs, ...) included, and a function of the
// namespace hides the builtin of the same name.
namespace App\Geo;
function norm($x, $y) { $d = sqrt($x * $x + $y * $y); return $d > 5 ? floor($d) : $d; }
function helper($v) { return $v * 2 + 1; }
$s = 0.0; $t = 0;
for ($i = 0; $i < 200; $i++) {
    $s += sqrt($i) + abs(-$i) + norm($i, 3);
    $t += helper($i) + max($i, 7) + intdiv($i, 3);
}
var_dump($s, $t);
function sum_norms($n) { $s = 0.0; for ($i = 0; $i < $n; $i++) { $s += norm($i, 1); } return $s; }
var_dump(sum_norms(100));
function abs($v) { return 42; }
function uses_own_abs($n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += abs(-$i); } return $s; }
var_dump(uses_own_abs(10), \abs(-3));
