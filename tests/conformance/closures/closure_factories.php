<?php
// Closures returning closures: adders, counters, memoization, once, pipelines.
function adder($n) {
    return function ($x) use ($n) {
        return $x + $n;
    };
}
$add5 = adder(5);
$add10 = adder(10);
var_dump($add5(1), $add10(1), adder(-1)(1));
function counter($start = 0, $step = 1) {
    $value = $start;
    return function () use (&$value, $step) {
        $current = $value;
        $value += $step;
        return $current;
    };
}
$c = counter();
$d = counter(100, -10);
echo $c(), $c(), $c(), " ", $d(), " ", $d(), " ", $c(), "\n";
function memoize(callable $fn) {
    $cache = [];
    return function (...$args) use ($fn, &$cache) {
        $key = implode(",", $args);
        if (!array_key_exists($key, $cache)) {
            echo "(computing $key)";
            $cache[$key] = $fn(...$args);
        }
        return $cache[$key];
    };
}
$slowSquare = memoize(fn($x) => $x * $x);
echo $slowSquare(4), " ", $slowSquare(4), " ", $slowSquare(5), "\n";
function once(callable $fn) {
    $done = false;
    $result = null;
    return function () use ($fn, &$done, &$result) {
        if (!$done) {
            $done = true;
            $result = $fn();
        }
        return $result;
    };
}
$init = once(function () { echo "init ran\n"; return 42; });
var_dump($init(), $init());
function pipeline(callable ...$stages) {
    return function ($input) use ($stages) {
        foreach ($stages as $i => $stage) {
            $input = $stage($input);
        }
        return $input;
    };
}
$p = pipeline('trim', 'strrev', fn($s) => str_pad($s, 8, '*', STR_PAD_BOTH), 'strtoupper');
var_dump($p("  abc "));
// Closure that returns a closure that returns a closure.
$level = function ($a) {
    return function ($b) use ($a) {
        return function ($c) use ($a, $b) {
            return "$a-$b-$c";
        };
    };
};
var_dump($level("x")("y")("z"));
// Array of closures built by a factory, invoked dynamically.
$ops = [];
foreach (['+' => fn($a, $b) => $a + $b, '*' => fn($a, $b) => $a * $b, '-' => fn($a, $b) => $a - $b] as $sym => $op) {
    $ops[$sym] = function ($a, $b) use ($op, $sym) { return "$a $sym $b = " . $op($a, $b); };
}
foreach ($ops as $op) {
    echo $op(6, 3), "\n";
}
echo $ops['*'](7, 6), "\n";
