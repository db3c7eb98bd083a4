<?php
// Generators created and consumed inside array_map / array_filter /
// usort callbacks, with foreach in the callbacks.
function digits(int $n) {
    foreach (str_split((string) $n) as $d) yield (int) $d;
}
function squares(iterable $xs) {
    foreach ($xs as $k => $x) yield $k => $x * $x;
}

$numbers = [123, 405, 9, 7777];
$digitSums = array_map(function ($n) {
    $sum = 0;
    foreach (digits($n) as $d) $sum += $d;
    return $sum;
}, $numbers);
print_r($digitSums);

$squaredDigits = array_map(fn($n) => iterator_to_array(squares(digits($n)), false), $numbers);
echo json_encode($squaredDigits), "\n";

// array_map with a generator per key, consumed lazily by foreach inside
$words = ['alpha' => 'a-b-c', 'beta' => 'x--y', 'gamma' => ''];
$parts = array_map(function ($s) {
    $gen = (function () use ($s) {
        foreach (explode('-', $s) as $i => $p) {
            if ($p === '') continue;
            yield $i => strtoupper($p);
        }
    })();
    $out = [];
    foreach ($gen as $i => $p) $out[] = "$i:$p";
    return implode(' ', $out);
}, $words);
var_dump($parts);

// filter using a generator-based predicate
$hasSeven = array_filter($numbers, function ($n) {
    foreach (digits($n) as $d) {
        if ($d === 7) return true;
    }
    return false;
});
var_dump($hasSeven);

// sorting by a value computed from a generator
usort($numbers, function ($a, $b) {
    $sa = array_sum(iterator_to_array(digits($a), false));
    $sb = array_sum(iterator_to_array(digits($b), false));
    return $sa <=> $sb ?: $a <=> $b;
});
echo implode(',', $numbers), "\n";

// array_map over an array of generators
$gens = [digits(12), digits(345), squares([2, 3])];
var_dump(array_map('iterator_to_array', $gens));
// generators created in array_map and consumed after it returns
$lazy = array_map(fn($n) => squares(range(1, $n)), [2, 3]);
foreach ($lazy as $i => $g) {
    echo "gen $i: ", implode(' ', iterator_to_array($g)), "\n";
}
echo array_sum(array_map(fn($g) => iterator_count($g), [digits(1000), digits(99)])), "\n";
