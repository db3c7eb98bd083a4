<?php
// Enums as values in arrays, SplObjectStorage and WeakMap keys, sorting.
enum Priority: int {
    case Low = 1;
    case Normal = 2;
    case High = 3;
    case Urgent = 4;
}

$tasks = [
    ['title' => 'write docs', 'p' => Priority::Low],
    ['title' => 'fix prod', 'p' => Priority::Urgent],
    ['title' => 'review', 'p' => Priority::Normal],
    ['title' => 'deploy', 'p' => Priority::High],
    ['title' => 'refactor', 'p' => Priority::Normal],
];
usort($tasks, fn($a, $b) => $b['p']->value <=> $a['p']->value ?: strcmp($a['title'], $b['title']));
foreach ($tasks as $t) echo str_pad($t['p']->name, 8), $t['title'], "\n";

// grouping by enum: name as the key
$groups = [];
foreach ($tasks as $t) {
    $groups[$t['p']->name][] = $t['title'];
}
print_r($groups);

// SplObjectStorage keyed by enum case
$store = new SplObjectStorage();
foreach ($tasks as $t) {
    $store[$t['p']] = ($store->contains($t['p']) ? $store[$t['p']] : 0) + 1;
}
foreach (Priority::cases() as $p) {
    echo $p->name, "=", $store[$p] ?? 0, " ";
}
echo "\ncount: ", count($store), "\n";

// WeakMap keyed by enum case (cases are never collected)
$wm = new WeakMap();
$wm[Priority::High] = 'h';
$wm[Priority::Low] = 'l';
echo count($wm), " ", $wm[Priority::High], "\n";
var_dump(isset($wm[Priority::Urgent]));

// filtering and uniqueness
$ps = array_column($tasks, 'p');
$unique = [];
foreach ($ps as $p) if (!in_array($p, $unique, true)) $unique[] = $p;
echo implode(',', array_map(fn($p) => $p->name, $unique)), "\n";
$byValue = array_combine(array_map(fn($p) => $p->value, Priority::cases()), Priority::cases());
ksort($byValue);
var_dump($byValue[3]);
var_dump(max(array_map(fn($p) => $p->value, $ps)));
var_dump(array_sum(array_column(array_map(fn($p) => ['v' => $p->value], $ps), 'v')));

// enum in a static array constant of a class
class Defaults {
    const ORDER = [Priority::Urgent, Priority::High];
    public array $seen = [Priority::Low];
}
var_dump(Defaults::ORDER[0] === Priority::Urgent, (new Defaults())->seen);
