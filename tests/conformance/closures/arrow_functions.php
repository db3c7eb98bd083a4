<?php
// Arrow functions: automatic capture by value at creation time.
$y = 10;
$f = fn($x) => $x + $y;
var_dump($f(5));
$y = 100;
var_dump($f(5));
// An arrow function cannot modify the outer variable.
$z = 1;
$g = fn() => $z++;
var_dump($g(), $g(), $z);
// Types, defaults and a return type.
$h = fn(int $a, int $b = 2): int => $a ** $b;
var_dump($h(3), $h(2, 10));
// Variadic arrow function.
$sum = fn(...$n) => array_sum($n);
var_dump($sum(), $sum(1, 2, 3, 4));
// With array_map, using an outer variable.
$factor = 3;
print_r(array_map(fn($v) => $v * $factor, [1, 2, 3]));
// Undefined variable inside the body: warning at call time.
$u = fn() => $nothere ?? "default";
var_dump($u());
$w = fn() => $nothere2;
var_dump($w());
// Keys and values together.
$src = ['a' => 1, 'b' => 2];
echo implode("&", array_map(fn($k, $v) => "$k=$v", array_keys($src), $src)), "\n";
// Immediately invoked.
var_dump((fn($x) => $x * 2)(21));
// Arrays captured by value are copies.
$arr = [3, 1, 2];
$sorter = fn() => (function ($a) { sort($a); return $a; })($arr);
echo implode(",", $sorter()), " / ", implode(",", $arr), "\n";
// By-reference parameter in an arrow function.
$incr = fn(&$v) => $v++;
$counter = 5;
$incr($counter);
var_dump($counter);
// Arrow function returning an array and using a ternary.
$classify = fn($n) => ['n' => $n, 'kind' => $n % 2 ? 'odd' : 'even'];
print_r(array_map($classify, [1, 2]));
// Nullsafe and null coalescing inside.
$cfg = ['depth' => ['max' => 4]];
$get = fn($k1, $k2) => $cfg[$k1][$k2] ?? "none";
var_dump($get('depth', 'max'), $get('depth', 'min'), $get('x', 'y'));
// Captured value is a snapshot even for later-defined variables.
$later = fn() => isset($defLater) ? "set" : "unset";
$defLater = 1;
var_dump($later());
