<?php
// list() and [] destructuring: keys, skipping, nesting, swapping, defaults via ??.
[$a, $b, $c] = [1, 2, 3];
var_dump($a, $b, $c);
list($x, , $z) = ['x', 'skipped', 'z'];
var_dump($x, $z);
[, , $third] = [1, 2, 3];
var_dump($third);
['name' => $name, 'age' => $age] = ['age' => 30, 'name' => 'Ann', 'extra' => true];
var_dump($name, $age);
list('id' => $id, 'tags' => list($t1, $t2)) = ['id' => 7, 'tags' => ['php', 'vm']];
var_dump($id, $t1, $t2);
// Integer keys out of order.
[2 => $two, 0 => $zero] = ['zero', 'one', 'two'];
var_dump($zero, $two);
// Nested lists.
[[$p, $q], [$r, [$s]]] = [[1, 2], [3, [4]]];
echo "$p $q $r $s\n";
// Swapping.
$m = 'm';
$n = 'n';
[$m, $n] = [$n, $m];
var_dump($m, $n);
// Missing keys produce warnings and NULL.
[$first, $second, $missing] = [1, 2];
var_dump($missing);
['nokey' => $nk] = ['other' => 1];
var_dump($nk);
// Destructuring non-arrays gives NULL silently.
[$fromNull] = null;
[$fromInt] = 42;
var_dump($fromNull, $fromInt);
// Destructuring a string yields NULL (strings are not arrays here).
[$fromStr] = "abc";
var_dump($fromStr);
// In foreach.
$rows = [['id' => 1, 'v' => 'a'], ['id' => 2, 'v' => 'b']];
foreach ($rows as ['id' => $rid, 'v' => $rv]) {
    echo "$rid=$rv\n";
}
foreach ([[1, [2, 3]], [4, [5, 6]]] as [$k, [$l, $o]]) {
    echo $k + $l + $o, "\n";
}
// Value of the destructuring expression is the right-hand side.
$res = ([$d1, $d2] = [10, 20, 30]);
var_dump($res);
// Dynamic keys.
$key = 'dyn';
[$key => $dyn, 'k' . '2' => $k2] = ['dyn' => 'dynamic', 'k2' => 'concat'];
var_dump($dyn, $k2);
// Assigning into array elements and nested targets.
$target = [];
[$target['a'], $target['b'][]] = ['A', 'B'];
var_dump($target);
// Same variable twice: left to right.
[$dup, $dup] = [1, 2];
var_dump($dup);
// Destructuring the return value of a function.
function minmax(array $v) { return [min($v), max($v)]; }
[$lo, $hi] = minmax([5, 3, 9, 1]);
echo "$lo..$hi\n";
