<?php
// array_walk / array_walk_recursive with by-reference callbacks, keys and the extra argument.
$prices = ['apple' => 1.2, 'pear' => 0.8, 'kiwi' => 2.5];
var_dump(array_walk($prices, function (&$price, $name, $factor) {
    $price = round($price * $factor, 2);
}, 1.1));
print_r($prices);
array_walk($prices, function ($price, $name) {
    printf("%-6s %5.2f\n", $name, $price);
});
$labels = [];
array_walk($prices, function ($v, $k) use (&$labels) {
    $labels[] = strtoupper($k);
});
echo implode(",", $labels), "\n";
$tree = ['a' => [1, 2, ['x' => 3]], 'b' => 4, 'c' => []];
array_walk_recursive($tree, function (&$leaf, $key) {
    $leaf = "$key:" . ($leaf * 100);
});
print_r($tree);
function addSuffix(string &$s, int $i, string $suffix): void {
    $s .= $suffix . $i;
}
$words = ['x', 'y', 'z'];
array_walk($words, 'addSuffix', '#');
print_r($words);
// A by-value callback cannot modify the array.
$nums = [1, 2, 3];
array_walk($nums, function ($n) { $n *= 2; });
print_r($nums);
// Modifying keys is not possible; unsetting inside the walk via the outer reference
$data = ['k1' => 1, 'k2' => 2, 'k3' => 3];
$visited = [];
array_walk($data, function (&$v, $k) use (&$visited) {
    $visited[] = $k;
    $v = $v ** 2;
});
echo implode(" ", $visited), " => ", implode(" ", $data), "\n";
// Walking an object's properties
$o = new stdClass;
$o->a = 1;
$o->b = 2;
array_walk($o, function (&$v, $k) { $v = "$k=$v"; });
var_dump($o);
// Extra args beyond what the callback accepts
array_walk($nums, function ($v, $k) { echo "$k:$v "; }, "ignored extra");
echo "\n";
try {
    array_walk($nums, function ($v, $k, $extra, $more) {});
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
