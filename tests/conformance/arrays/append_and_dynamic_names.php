<?php
// $a[] = value on arrays of every kind, and calls through function names held in strings.
$a = [];
for ($i = 0; $i < 5; $i++) $a[] = $i * 1.5;
$shared = $a;
$a[] = 'after copy';
$neg = [-5 => 'a'];
$neg[] = 'b';
$hash = ['x' => 1, 10 => 2];
$hash[] = 3;
$lit = function () { $l = [1, 2]; $l[] = 3; return $l; };
$full = [PHP_INT_MAX => 'max'];
try { $full[] = 'overflow'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$ref = [1];
$alias = &$ref;
$alias[] = 2;
$nested = ['in' => []];
$nested['in'][] = 'deep';
$nested['in'][] = true;
$holes = [0 => 'a', 5 => 'b'];
unset($holes[5]);
$holes[] = 'c';
$s = 'str'; $n = null; $u = null;
$n[] = 'from null';
try { $s[] = 'x'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo json_encode($r = ($a[] = 7)), "\n";
var_dump($a, $shared, $neg, $hash, $lit(), $lit(), $full, $ref, $nested, $holes, $n);
$obj = new ArrayObject([]);
$obj[] = 'ao';
var_dump(count($obj));
class Bag { public array $items = []; }
$bag = new Bag;
for ($i = 0; $i < 3; $i++) $bag->items[] = $i;
var_dump($bag->items);

function Mixed_Case_Fn($x) { return "mixed $x"; }
namespace_test();
function namespace_test() {
    foreach (['mixed_case_fn', 'MIXED_CASE_FN', '\\Mixed_Case_Fn', 'strtoupper', '\\strlen'] as $name) echo $name('arg'), "\n";
    try { $bad = 'no_such_function'; $bad(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
    try { $bad = '\\'; $bad(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
    $static = 'DateTime::createFromFormat';
    echo get_class($static('Y', '2020')), "\n";
}
