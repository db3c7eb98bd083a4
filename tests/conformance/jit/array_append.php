<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// Compiled loops add scalars at the end of packed arrays ($a[] = v, and $a[$n] = v with $n the next
// index) that are the loop's own, growing them through libphp when full; a shared array (copy on
// write), the empty array, a hash, a next index past a hole or after a larger key are the
// interpreter's.
function build($n) { $a = []; for ($i = 0; $i < $n; $i++) { $a[] = $i * 2; } return $a; }
function build2($n) { for ($i = 0; $i < $n; $i++) { $X[$i] = $i; } for ($i = $n - 1; $i >= 0; $i--) { $Y[$i] = $X[$i]; } return [$X, $Y]; }
$a = build(1000); echo count($a), " ", array_sum($a), " ", $a[999], "\n";
[$x, $y] = build2(500); echo count($x), " ", count($y), " ", json_encode(array_slice($y, 0, 3, true)), " ", array_key_first($y), "\n";
$b = [1, 2, 3]; $c = $b;
for ($i = 0; $i < 5; $i++) { $c[] = $i; }
echo json_encode($b), json_encode($c), "\n";
$d = [5 => 1]; for ($i = 0; $i < 4; $i++) { $d[] = $i; } echo json_encode($d), "\n";
$e = [1, 2]; unset($e[1]); for ($i = 0; $i < 3; $i++) { $e[] = $i; } echo json_encode($e), "\n";
$f = []; for ($i = 0; $i < 3; $i++) { $f[] = $i; $f[] = 1.5; $f[] = true; $f[] = null; } var_dump(count($f), $f[10]);
