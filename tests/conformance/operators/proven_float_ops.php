<?php
// Arithmetic and comparisons whose operands libphp's type inference proves to be floats: phpovm
// runs them on handlers that test for two floats first (the image's type hints). Edge cases:
// NaN, infinities, signed zeros, overflow to INF, comparisons in branches and as values, and the
// same code reached with an integer where the inference could not prove anything.

function mandel_row(float $y0, int $w): string
{
    $row = '';
    for ($x = 0; $x < $w; $x++) {
        $cr = 2.0 * $x / $w - 1.5;
        $zr = 0.0;
        $zi = 0.0;
        $i = 0;
        while ($i < 50) {
            $tr = $zr * $zr - $zi * $zi + $cr;
            $zi = 2.0 * $zr * $zi + $y0;
            $zr = $tr;
            if ($zr * $zr + $zi * $zi > 4.0) {
                break;
            }
            $i++;
        }
        $row .= $i >= 50 ? '#' : ($i > 5 ? '+' : '.');
    }
    return $row;
}

for ($y = -1.0; $y <= 1.0; $y += 0.25) {
    echo mandel_row($y, 40), "\n";
}

function series(int $n): float
{
    $x = 0.0;
    $s = 1.0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $x * 0.5 + 1.25;
        $s = $s - $x * 0.001;
    }
    return $x + $s;
}
var_dump(series(0), series(1), series(100));

function edges(): void
{
    $nan = NAN;
    $inf = INF;
    $zero = 0.0;
    $negzero = -0.0;
    $big = 1.0e308;
    $a = 1.5;
    // arithmetic
    var_dump($nan + $a, $inf - $inf, $inf * $zero, $big * 10.0, -$big * 10.0, $big + $big);
    var_dump($negzero + $negzero, $negzero - $zero, $zero * -1.0, 1.0 / $inf);
    // comparisons as values
    var_dump($nan < $a, $nan <= $a, $a < $nan, $a <= $nan, $nan == $nan, $nan != $nan);
    var_dump($negzero == $zero, $negzero < $zero, $negzero <= $zero, $inf > $big, -$inf < -$big);
    // comparisons in branches
    $r = [];
    foreach ([$nan, $inf, -$inf, $zero, $negzero, $a] as $v) {
        $w = $v * 1.0;
        $r[] = ($w < 1.0 ? 'lt' : 'ge') . ($w <= 0.0 ? 'le' : 'gt') . ($w == $w ? 'eq' : 'ne') . (1.0 > $w ? 'LT' : 'GE');
    }
    echo implode(' ', $r), "\n";
    $count = 0;
    for ($f = 0.0; $f < 1.0; $f += 0.1) {
        $count++;
    }
    echo "steps of 0.1 below 1.0: $count\n";
    $count = 0;
    for ($f = 1.0; $f >= 0.0; $f -= 0.125) {
        $count++;
    }
    echo "steps of 0.125 down to 0: $count\n";
}
edges();

// Where the inference proves nothing (a parameter without a type), the same expressions meet
// integers, strings and nulls and take the general path.
function untyped($a, $b)
{
    return [$a + $b, $a - $b, $a * $b, $a < $b, $a <= $b, $a == $b];
}
var_dump(untyped(1.5, 2.5), untyped(3, 4), untyped(PHP_INT_MAX, 1), untyped("2.5", 1.0), untyped(null, 0.5));

// A float variable that later holds an integer: the inference sees both and proves nothing.
$v = 0.5;
for ($k = 0; $k < 4; $k++) {
    $v = $k % 2 ? $v * 3 : (int) ($v * 4);
    var_dump($v);
}

// Floats through references and static variables.
function acc(float &$total, float $step): void
{
    static $calls = 0.0;
    $calls = $calls + 1.0;
    $total = $total + $step * $calls;
}
$t = 0.25;
acc($t, 0.5);
acc($t, 0.5);
acc($t, -2.0);
var_dump($t);
