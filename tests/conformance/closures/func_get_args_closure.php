<?php
// func_get_args / func_num_args / func_get_arg inside closures and arrow functions.
$f = function ($a, $b = "default") {
    var_dump(func_num_args());
    var_dump(func_get_args());
    return $b;
};
$f(1);
$f(1, 2);
$f(1, 2, 3, 4);
$g = function () {
    $n = func_num_args();
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[] = gettype(func_get_arg($i));
    }
    return implode(",", $out);
};
var_dump($g(), $g(1, "s", 2.5, null, [], true));
// Modifying a parameter: func_get_args reports the current value.
$h = function ($x) {
    $x = "changed";
    return func_get_args();
};
var_dump($h("orig", "extra"));
// Arrow functions have their own argument list.
$arrow = fn(...$xs) => func_get_args();
var_dump($arrow(7, 8));
$arrow2 = fn($a) => func_num_args();
var_dump($arrow2(1, 2, 3));
// Captured variables are not arguments.
$cap = "captured";
$c = function ($p) use ($cap) {
    return func_get_args();
};
var_dump($c("param"));
// Variadics: func_get_args includes the variadic elements.
$v = function ($first, ...$rest) {
    return [func_num_args(), count($rest), func_get_args()];
};
echo json_encode($v(1)), "\n";
echo json_encode($v(1, 2, 3)), "\n";
// Nested closure sees its own args, not the outer ones.
$outer = function ($a, $b) {
    $inner = function ($z) {
        return func_get_args();
    };
    return [func_get_args(), $inner("z1", "z2")];
};
echo json_encode($outer("a", "b", "c")), "\n";
// func_get_arg out of range.
$oob = function ($a) {
    try {
        return func_get_arg(3);
    } catch (ValueError $e) {
        return $e->getMessage();
    }
};
var_dump($oob(1));
