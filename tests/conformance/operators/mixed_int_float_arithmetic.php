<?php
// An int and a float in +, -, *, /: the int becomes a float (in either order, from constants,
// variables and temporaries), including signed zeros, infinities, NAN, large ints that lose
// precision, and division by a zero of either type.
function show($label, $v) { echo $label, " = "; var_dump($v); }
$i = 7; $f = 2.5; $zero = 0; $fzero = 0.0; $neg = -3; $big = PHP_INT_MAX;
show('i + f', $i + $f);
show('f + i', $f + $i);
show('i - f', $i - $f);
show('f - i', $f - $i);
show('i * f', $i * $f);
show('f * i', $f * $i);
show('i / f', $i / $f);
show('f / i', $f / $i);
show('0 * -1.5', $zero * -1.5);
show('neg * 0.0', $neg * $fzero);
show('big + 1.0', $big + 1.0);
show('big * 2.0', $big * 2.0);
show('1.0 - big', 1.0 - $big);
show('i / INF', $i / INF);
show('INF - i', INF - $i);
show('NAN * i', NAN * $i);
show('(i + 1) * 0.5', ($i + 1) * 0.5);
show('2.0 * i / 3', 2.0 * $i / 3);
for ($k = -2; $k <= 2; $k++) {
    try {
        show("1.5 / $k", 1.5 / $k);
    } catch (DivisionByZeroError $e) {
        echo "1.5 / $k: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        show("$k / 0.0", $k / $fzero);
    } catch (DivisionByZeroError $e) {
        echo "$k / 0.0: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$acc = 0;
for ($k = 1; $k <= 5; $k++) {
    $acc = $acc + $k * 0.1;
    $acc = $acc - $k / 10.0 + $k;
}
show('acc', $acc);
