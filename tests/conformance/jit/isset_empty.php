<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// isset() and empty() of array elements compile: by int index (a packed array's inline, a hash's
// through libphp) and by constant key. A reference in the element, or for empty() a string,
// array or object, is the interpreter's (php's truthiness of "0", "", [] and NAN).
$seen = [];
for ($i = 0; $i < 50; $i++) { $seen[($i * 7) % 13] = $i % 3; }
$a = [0, 1, null, 2.5, 0.0, -0.0, false, true, "0", "", [], 5];
unset($a[11]);
$h = ['x' => 1, 'y' => null, 'z' => 0, 'w' => "s"];
$c1 = $c2 = $c3 = $c4 = $c5 = $c6 = 0;
for ($i = -2; $i < 15; $i++) {
    if (isset($seen[$i])) $c1++;
    if (empty($seen[$i])) $c2++;
    if (isset($a[$i])) $c3 += $i;
    if ($i < 8 && empty($a[$i])) $c4 += $i;
    if (isset($h['x'])) $c5++;
    if (isset($h['y']) || isset($h['q'])) $c6++;
    if (empty($h['z'])) $c6 += 10;
}
var_dump($c1, $c2, $c3, $c4, $c5, $c6);
$e = 0;
for ($i = 0; $i < 12; $i++) { if (empty($a[$i])) $e++; }
var_dump($e);
$r = [1, 2]; $v = null; $r[2] = &$v;
$n = 0; for ($i = 0; $i < 4; $i++) { if (isset($r[$i])) $n++; }
var_dump($n);
$big = [PHP_INT_MAX => 1, -5 => 2];
$m = 0; for ($i = -6; $i < 0; $i++) { if (isset($big[$i])) $m++; } var_dump($m, isset($big[PHP_INT_MAX]));
$f = [NAN, 0.0];
$k = 0; for ($i = 0; $i < 2; $i++) { if (!empty($f[$i])) $k++; } var_dump($k);
