<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// Loops entered with other types than they were compiled for (the guards send them back to the
// interpreter), variables whose type changes inside the loop, bools, nulls and ternaries.
function sum($from, $to, $step) {
    $s = $from;
    for ($i = $from; $i < $to; $i += $step) {
        $s = $s + $i;
    }
    return $s;
}
var_dump(sum(0, 10, 1));
var_dump(sum(0.5, 10, 1));
var_dump(sum(0, 10, 0.5));
var_dump(sum(0, 10, 1));
var_dump(sum("1", 10, 1));
var_dump(sum(null, 10, 3));
var_dump(sum(true, 10, 3));

function flags($n) {
    $on = false;
    $count = 0;
    $last = null;
    for ($i = 0; $i < $n; $i++) {
        $on = !$on;
        $last = $on ? $i : $last;
        if ($on) {
            $count++;
        }
        $x = $i > 3 ? 1.5 : 2;
        $count += $x;
    }
    return [$on, $count, $last, $x ?? null];
}
var_dump(flags(0), flags(1), flags(7));

$v = 1;
for ($i = 0; $i < 10; $i++) {
    $v = $i % 2 ? $v * 2 : $v + 0.5;
}
var_dump($v);
$b = true;
$k = 0;
while ($b) {
    $k++;
    $b = $k < 5;
}
var_dump($k, $b);
$u = 0;
for ($i = 0; $i < 3; $i++) {
    $u = $u === 0 ? null : ($u === null ? false : 0);
}
var_dump($u);
