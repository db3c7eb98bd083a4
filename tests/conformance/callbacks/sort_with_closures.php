<?php
// usort / uasort / uksort with closures: multi-key comparisons, stability, key preservation.
$people = [
    ['name' => 'Eve', 'age' => 31, 'city' => 'Rome'],
    ['name' => 'bob', 'age' => 25, 'city' => 'Oslo'],
    ['name' => 'Al', 'age' => 31, 'city' => 'Oslo'],
    ['name' => 'Dee', 'age' => 25, 'city' => 'Rome'],
    ['name' => 'Cat', 'age' => 40, 'city' => 'Bern'],
];
$fmt = fn(array $list) => implode(", ", array_map(fn($p) => "{$p['name']}({$p['age']})", $list));
$byAge = $people;
usort($byAge, fn($a, $b) => $a['age'] <=> $b['age']);
echo "by age (stable): ", $fmt($byAge), "\n";
$multi = $people;
usort($multi, fn($a, $b) => [$a['city'], -$a['age'], $a['name']] <=> [$b['city'], -$b['age'], $b['name']]);
echo "city, age desc, name: ", $fmt($multi), "\n";
$ci = $people;
usort($ci, fn($a, $b) => strcasecmp($a['name'], $b['name']));
echo "case-insensitive: ", $fmt($ci), "\n";
$scores = ['x' => 3, 'y' => 1, 'z' => 2, 'w' => 3];
uasort($scores, fn($a, $b) => $b <=> $a);
var_dump($scores);
$byKey = ['b10' => 1, 'b9' => 2, 'a100' => 3, 'a2' => 4];
uksort($byKey, 'strnatcmp');
echo implode(",", array_keys($byKey)), "\n";
uksort($byKey, fn($a, $b) => strlen($a) - strlen($b) ?: strcmp($b, $a));
echo implode(",", array_keys($byKey)), "\n";
// A comparator returning booleans/floats: PHP casts the result.
$vals = [3, 1, 2];
usort($vals, fn($a, $b) => $a > $b);
echo implode(",", $vals), "\n";
$floats = [0.5, 0.2, 0.9, 0.1];
usort($floats, fn($a, $b) => $a - $b);
echo implode(",", $floats), "\n";
// Sorting with an external counter by reference.
$calls = 0;
$letters = str_split("sortme");
usort($letters, function ($a, $b) use (&$calls) {
    $calls++;
    return strcmp($a, $b);
});
echo implode("", $letters), " compared ", $calls > 0 ? "some" : "zero", " times\n";
$empty = [];
var_dump(usort($empty, fn($a, $b) => 0), $empty);
// Sort by a precomputed key (Schwartzian transform) with array_multisort
$words = ["banana", "Apple", "cherry", "apple", "Banana"];
$keys = array_map('strtolower', $words);
array_multisort($keys, SORT_ASC, SORT_STRING, $words);
echo implode(" ", $words), "\n";
