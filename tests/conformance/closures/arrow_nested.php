<?php
// Nested arrow functions: the outer one captures what inner ones need.
$a = 2;
$f = fn($x) => fn($y) => $x * $y * $a;
var_dump($f(3)(4));
$a = 1000;
var_dump($f(3)(4));
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $fn) => $fn($acc), $x);
$inc = fn($x) => $x + 1;
$dbl = fn($x) => $x * 2;
var_dump($compose($inc, $dbl)(5), $compose($dbl, $inc)(5), $compose()(7));
// Currying.
$add3 = fn($a) => fn($b) => fn($c) => $a + $b + $c;
var_dump($add3(1)(2)(3));
$partial = $add3(10)(20);
var_dump($partial(1), $partial(2));
// The capture happens at creation of the outer arrow function.
$base = 10;
$mk = fn() => fn() => $base;
$base = 20;
var_dump($mk()());
// Arrow function inside a regular closure with use.
$scale = 5;
$outer = function ($list) use ($scale) {
    return array_map(fn($v) => $v * $scale, $list);
};
print_r($outer([1, 2, 3]));
// Regular closure inside an arrow function.
$k = 7;
$mkAdder = fn() => function ($x) use ($k) { return $x + $k; };
var_dump($mkAdder()(1));
// Matrix operations with nested arrow functions.
$m = [[1, 2], [3, 4]];
$scaleM = fn($m, $s) => array_map(fn($row) => array_map(fn($c) => $c * $s, $row), $m);
echo json_encode($scaleM($m, 3)), "\n";
$transpose = fn($m) => array_map(fn($i) => array_column($m, $i), array_keys($m[0]));
echo json_encode($transpose([[1, 2, 3], [4, 5, 6]])), "\n";
// Shadowing: the inner parameter hides the captured outer variable.
$x = "outer x";
$sh = fn($x) => fn() => $x;
var_dump($sh("param x")());
$sh2 = fn() => fn($x) => $x;
var_dump($sh2()("inner param"));
