<?php
// Comparisons of proven floats that branch (the float-first superinstructions of
// spec/variants.def): NAN, signed zeros, infinities, a float constant on either side, an integer
// constant (which takes the plain copy), and values that stop being floats.
function branches(float $a, float $b): string {
    $r = '';
    if ($a == $b) $r .= 'eq ';
    if ($a != $b) $r .= 'ne ';
    if ($a < $b) $r .= 'lt ';
    if ($a <= $b) $r .= 'le ';
    if ($a == 1.5) $r .= 'eq1.5 ';
    if (2.5 != $a) $r .= 'ne2.5 ';
    if (0.0 < $b) $r .= 'pos ';
    if ($b <= 0.0) $r .= 'nonpos ';
    return rtrim($r);
}
$values = [0.0, -0.0, 1.5, 2.5, -1.0, INF, -INF, NAN, 1e308, 5e-324];
foreach ($values as $a) {
    foreach ($values as $b) {
        printf("%s %s: %s\n", var_export($a, true), var_export($b, true), branches($a, $b));
    }
}

// A loop whose test is a proven float comparison, counting both ways.
function steps(float $from, float $to, float $step): int {
    $n = 0;
    for ($x = $from; $x != $to && $n < 1000; $x += $step) $n++;
    for ($y = $from; $y == $from && $n < 2000; $y += $step) $n++;
    return $n;
}
var_dump(steps(0.0, 1.0, 0.25), steps(0.0, 1.0, 0.1), steps(1.0, 1.0, 1.0));

// A float parameter compared with an integer constant, and a float that becomes a string.
function mixed_cmp(float $a) {
    $out = [];
    $out[] = $a == 1 ? 'one' : 'not one';
    $out[] = $a != 0 ? 'nonzero' : 'zero';
    $s = $a;
    $s .= '';
    $out[] = $s == '1.5' ? 'string 1.5' : 'string other';
    return implode(', ', $out);
}
echo mixed_cmp(1.0), "\n", mixed_cmp(0.0), "\n", mixed_cmp(1.5), "\n";
