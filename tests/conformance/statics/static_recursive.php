<?php
// Statics shared across recursive calls of one function.
function depth($n) {
    static $maxDepth = 0, $current = 0;
    $current++;
    $maxDepth = max($maxDepth, $current);
    if ($n > 0) {
        depth($n - 1);
    }
    $current--;
    return [$maxDepth, $current];
}
echo json_encode(depth(3)), "\n";
echo json_encode(depth(1)), "\n";
echo json_encode(depth(6)), "\n";
// Counting calls during a recursive computation.
function calls_fib($n, $reset = false) {
    static $calls = 0;
    if ($reset) {
        $calls = 0;
    }
    $calls++;
    if ($n < 2) {
        return [$n, $calls];
    }
    [$a] = calls_fib($n - 1);
    [$b] = calls_fib($n - 2);
    return [$a + $b, $calls];
}
echo json_encode(calls_fib(10, true)), "\n";
echo json_encode(calls_fib(5, true)), "\n";
// Recursive traversal collecting into a static array, returned at the top.
function collect($node, $top = true) {
    static $found = [];
    if ($top) {
        $found = [];
    }
    foreach ($node as $k => $v) {
        if (is_array($v)) {
            collect($v, false);
        } else {
            $found[] = "$k:$v";
        }
    }
    return $top ? $found : null;
}
$tree = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]], 'f' => 4];
echo implode(" ", collect($tree)), "\n";
echo implode(" ", collect(['x' => ['y' => 'z']])), "\n";
// Indentation tracked with a static level.
function render($items) {
    static $level = 0;
    $out = "";
    foreach ($items as $k => $v) {
        $out .= str_repeat("  ", $level) . (is_array($v) ? $k : "$k=$v") . "\n";
        if (is_array($v)) {
            $level++;
            $out .= render($v);
            $level--;
        }
    }
    return $out;
}
echo render(['root' => ['left' => ['leaf' => 1], 'right' => 2], 'tail' => 3]);
// Ackermann with a static call counter.
function ack($m, $n) {
    static $count = 0;
    $count++;
    if ($m == 0) return [$n + 1, $count];
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1)[0]);
}
echo json_encode(ack(2, 2)), "\n";
