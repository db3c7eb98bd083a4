<?php
// foreach by reference, including the classic trap of the dangling last-element reference.
$a = [1, 2, 3];
foreach ($a as &$v) {
    $v *= 2;
}
var_dump($a);
// The trap: $v still references $a[2]; a by-value foreach over $a overwrites it.
foreach ($a as $v) {
}
var_dump($a);
// The fix: unset the reference after the loop.
$b = [1, 2, 3];
foreach ($b as &$w) {
    $w += 1;
}
unset($w);
foreach ($b as $w) {
}
var_dump($b);
// Keys and references, modifying string keys.
$prices = ['tea' => 2.5, 'cake' => 4];
foreach ($prices as $item => &$price) {
    $price = "$item costs " . ($price * 2);
}
unset($price);
var_dump($prices);
// Appending during foreach by reference: new elements are visited.
$grow = [1, 2];
$seen = [];
foreach ($grow as $k => &$g) {
    $seen[] = $g;
    if ($g < 4) {
        $grow[] = $g + 2;
    }
}
unset($g);
echo implode(",", $seen), " | ", implode(",", $grow), "\n";
// Removing elements during foreach by reference.
$rm = [1, 2, 3, 4, 5];
$visited = [];
foreach ($rm as $k => &$item) {
    $visited[] = $item;
    if ($k == 1) {
        unset($rm[2]);
    }
}
unset($item);
echo implode(",", $visited), " | ", json_encode($rm), "\n";
// By-reference over a list() destructuring with nested arrays.
$pairs = [[1, 2], [3, 4]];
foreach ($pairs as [&$first, $second]) {
    $first = $first + $second;
}
unset($first);
echo json_encode($pairs), "\n";
// foreach by reference over null: a warning, the body never runs.
$none = null;
foreach ($none as &$z) {
    echo "never\n";
}
echo "after null foreach\n";
// Appending to inner arrays through the reference.
$nested = ['a' => [1], 'b' => [2]];
foreach ($nested as $key => &$sub) {
    $sub[] = strtoupper($key);
}
unset($sub);
echo json_encode($nested), "\n";
// Two consecutive by-reference loops with the same variable are fine.
$t = [1, 2, 3];
foreach ($t as &$e) { $e++; }
foreach ($t as &$e) { $e *= 10; }
unset($e);
var_dump($t);
