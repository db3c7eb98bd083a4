<?php
// First-class callable syntax f(...) and Closure::fromCallable.
function clean($s) { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }
function double(int $x): int {
    return $x * 2;
}
function joinAll(string $sep, string ...$parts): string {
    return implode($sep, $parts);
}
$sl = strlen(...);
var_dump($sl("hello"));
$d = double(...);
var_dump($d(21));
var_dump($sl instanceof Closure, $d instanceof Closure);
print_r(array_map(double(...), [1, 2, 3]));
$fc = Closure::fromCallable('strlen');
var_dump($fc("abc"));
$fd = Closure::fromCallable('double');
var_dump($fd(5));
$fromClosure = Closure::fromCallable(fn($x) => $x . "!");
var_dump($fromClosure("hi"));
// From a string held in a variable.
$name = 'str_repeat';
$rep = $name(...);
var_dump($rep("ab", 3));
// From a closure variable.
$cl = function ($a, $b) { return $a - $b; };
$cl2 = $cl(...);
var_dump($cl2(10, 3));
// Named arguments through a first-class callable.
var_dump($rep(times: 2, string: "xy"));
// Variadics pass through.
$j = joinAll(...);
var_dump($j("-", "a", "b", "c"));
var_dump($j(...["+", "x", "y"]));
// Errors raised through them.
try {
    $d("abc");
} catch (TypeError $e) {
    echo clean($e->getMessage()), "\n";
}
try {
    $sl();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
$max = max(...);
var_dump($max(3, 9, 2), $max([4, 1]));
$u = strtoupper(...);
echo implode(" ", array_map($u, ["a", "b"])), "\n";
try {
    Closure::fromCallable('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// call_user_func and is_callable on them.
var_dump(call_user_func($d, 8), is_callable($sl), call_user_func_array($j, [", ", "p", "q"]));
// usort with a first-class callable of a builtin comparator.
$words = ["pear", "Apple", "fig"];
usort($words, strcasecmp(...));
echo implode(",", $words), "\n";
