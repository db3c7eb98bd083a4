<?php
// User functions with default parameter values.
const DEFAULT_SEP = ", ";
function greet($name = "World", $greeting = "Hello", $punct = "!") {
    return "$greeting, $name$punct";
}
echo greet(), "\n", greet("Ann"), "\n", greet("Bob", "Hi"), "\n", greet("Cy", "Yo", "?"), "\n";
function joinAll($items, $sep = DEFAULT_SEP, $prefix = "[", $suffix = "]") {
    return $prefix . implode($sep, $items) . $suffix;
}
echo joinAll([1, 2, 3]), "\n", joinAll(["a", "b"], "-"), "\n", joinAll([], "", "<", ">"), "\n";
function withNull($x = null) {
    return $x === null ? "got null" : "got " . var_export($x, true);
}
echo withNull(), " | ", withNull(0), " | ", withNull(null), " | ", withNull(false), "\n";
function withArray($opts = ["a" => 1, "b" => [2, 3]]) {
    return count($opts) . ":" . implode(",", array_keys($opts));
}
echo withArray(), " ", withArray([]), " ", withArray(["z" => 0]), "\n";
function withExpr($a = 2 * 3 + 1, $b = PHP_INT_MAX, $c = "con" . "cat", $d = -1.5, $e = M_PI > 3 ? "pi>3" : "pi<=3") {
    var_dump($a, $b, $c, $d, $e);
}
withExpr();
withExpr(1, 2);
function counter($start = 0, $step = 1, $count = 3) {
    $out = [];
    for ($i = 0; $i < $count; $i++) {
        $out[] = $start + $i * $step;
    }
    return $out;
}
echo implode(" ", counter()), "\n", implode(" ", counter(10)), "\n", implode(" ", counter(10, 5)), "\n", implode(" ", counter(1, -1, 5)), "\n";
function extra($a) {
    return $a;
}
var_dump(extra(1, 2, 3));
function mutateParam($x = 5) {
    $x *= 2;
    return $x;
}
$val = 7;
var_dump(mutateParam(), mutateParam($val), $val);
function noReturn() {
    $unused = 1;
}
function emptyReturn() {
    return;
}
var_dump(noReturn(), emptyReturn());
