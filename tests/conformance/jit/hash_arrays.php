<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// Compiled loops read hash elements by constant keys, assign them, and update them in place with
// op= (also the elements of arrays held in a packed array: $b[$i]['x'] -= ...). Where compiled
// code cannot (a missing key, a shared array to copy first, an element of another type, a
// reference, a packed array where a hash was seen) the interpreter does it, as php does.
function step(&$b, $dt) {
    $n = count($b);
    for ($i = 0; $i < $n; $i++) {
        $b[$i]['vx'] -= $b[$i]['x'] * $dt;
        $b[$i]['x'] += $b[$i]['vx'] * $dt;
        $b[$i]['hits'] += 1;
    }
}
$bodies = [];
for ($k = 0; $k < 4; $k++) {
    $bodies[] = ['x' => 1.0 * $k, 'vx' => 0.5, 'hits' => 0];
}
for ($t = 0; $t < 5; $t++) {
    step($bodies, 0.01);
}
foreach ($bodies as $b) {
    printf("%.6f %.6f %d\n", $b['x'], $b['vx'], $b['hits']);
}

// Reads and writes by key; a key that goes missing; a value that changes type; "05" is a key,
// not the number 5.
$h = ['a' => 1, 'b' => 2.5, 'c' => true, '05' => 7, 'n' => null];
$sum = 0;
for ($i = 0; $i < 6; $i++) {
    $sum += $h['a'] + $h['b'] + $h['05'];
    $h['a'] = $i;
    $h['n'] = $i * 2;
    if ($h['c']) {
        $sum += 1;
    }
}
var_dump($sum, $h);
$s = 0;
for ($i = 0; $i < 5; $i++) {
    if ($i == 3) {
        unset($h['a']);
    }
    $s += @$h['a'];
}
var_dump($s);
for ($i = 0; $i < 4; $i++) {
    $h['b'] += $i;
    if ($i == 1) {
        $h['b'] = "3";
    }
}
var_dump($h['b']);

// A shared array is copied before the first write (copy on write), also through FETCH_DIM_RW.
$orig = ['k' => 1, 'm' => 0.5];
$copy = $orig;
for ($i = 0; $i < 4; $i++) {
    $copy['k'] += 10;
    $copy['m'] = $i;
}
var_dump($orig, $copy);
$rows = [['v' => 1], ['v' => 2]];
$alias = $rows;
$inner = $rows[1];
for ($i = 0; $i < 2; $i++) {
    $rows[$i]['v'] *= 3;
}
var_dump($rows, $alias, $inner);

// An element that is a reference; a packed array where a hash was compiled for.
$x = 5;
$r = ['v' => 1];
$r['w'] = &$x;
for ($i = 0; $i < 4; $i++) {
    $r['w'] += 1;
    $r['v'] += $r['w'];
}
var_dump($x, $r['v']);
$data = [['v' => 1.5], [2 => 2.5]];
$t = 0.0;
foreach ($data as $d) {
    for ($i = 0; $i < 3; $i++) {
        $t += $d['v'] ?? 0.25;
    }
}
var_dump($t);
