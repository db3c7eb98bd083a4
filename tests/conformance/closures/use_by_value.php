<?php
// Closures capturing variables by value with use(): the captured copy is fixed at creation.
$x = 1;
$arr = [1, 2];
$s = "str";
$f = function () use ($x, $arr, $s) {
    $x++;
    $arr[] = 3;
    $s .= "!";
    return [$x, $arr, $s];
};
$x = 100;
$arr = [];
$s = "changed";
var_dump($f());
var_dump($f());
var_dump($x, $arr, $s);
// Capturing an undefined variable warns when the closure is created.
$g = function () use ($undef) {
    return $undef;
};
echo "created g\n";
var_dump($g());
// Parameters together with use.
$mult = 3;
$times = function ($n) use ($mult) {
    return $n * $mult;
};
echo implode(",", array_map($times, [1, 2, 3])), "\n";
// A closure created in a loop captures the current value each time.
$fs = [];
for ($i = 0; $i < 3; $i++) {
    $fs[] = function () use ($i) {
        return $i * 10;
    };
}
foreach ($fs as $fn) {
    echo $fn(), " ";
}
echo "\n";
// Defaults, nullable types and use together.
$greet = function (string $name = "world", ?string $punct = null) use ($s) {
    return "hello $name" . ($punct ?? ".") . " [$s]";
};
echo $greet(), "\n", $greet("php", "!"), "\n";
// An object captured by value still refers to the same object.
$o = new stdClass();
$o->n = 0;
$bump = function ($by) use ($o) {
    $o->n += $by;
};
$bump(2);
$bump(3);
var_dump($o->n);
// A parameter named like a captured variable is an error only at compile time,
// so use a different one; the parameter wins inside.
$v = "outer";
$shadow = function ($w) use ($v) {
    return "$w/$v";
};
echo $shadow("param"), "\n";
var_dump($f instanceof Closure, is_callable($f), gettype($f));
// Return a captured array modified inside, outer untouched.
$list = [3, 1, 2];
$sorted = function () use ($list) {
    sort($list);
    return $list;
};
echo implode(",", $sorted()), " vs ", implode(",", $list), "\n";
