<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// A compiled int loop whose values overflow into floats: the loop leaves at the overflowing
// instruction and the interpreter goes on with the float.
function grow($x, $n) {
    for ($i = 0; $i < $n; $i++) {
        $x = $x * 3 + 1;
    }
    return $x;
}
var_dump(grow(1, 10));
var_dump(grow(1, 60));
var_dump(grow(PHP_INT_MAX - 5, 3));

$i = PHP_INT_MAX - 3;
$steps = 0;
while ($i > 0 && $steps < 10) {
    $i++;
    $steps++;
}
var_dump($i, $steps);

$d = PHP_INT_MIN + 2;
for ($k = 0; $k < 5; $k++) {
    $d--;
}
var_dump($d);

$sum = 0;
for ($j = 0; $j < 100000; $j++) {
    $sum += $j * $j;
}
var_dump($sum);
$acc = PHP_INT_MAX - 100;
for ($j = 0; $j < 50; $j += 7) {
    $acc += $j;
}
var_dump($acc);
