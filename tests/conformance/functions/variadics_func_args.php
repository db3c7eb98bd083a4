<?php
// Variadic parameters, func_get_args/func_num_args with defaults and extra args.
function sum(...$nums) {
    return array_sum($nums);
}
var_dump(sum(), sum(1), sum(1, 2, 3.5));
function tagged($tag, ...$rest) {
    return "<$tag>" . implode("|", $rest) . "</$tag> (" . count($rest) . ")";
}
echo tagged("b"), "\n", tagged("i", "x", "y"), "\n";
function info($a, $b = "B", $c = null) {
    return [func_num_args(), func_get_args()];
}
var_dump(info(1), info(1, 2), info(1, 2, 3, 4, 5));
function argsAfterModify($x, $y = 10) {
    $x = "modified";
    return func_get_args();
}
var_dump(argsAfterModify("orig"), argsAfterModify("orig", 20, "extra"));
function variadicKeys(...$v) {
    return array_keys($v);
}
var_dump(variadicKeys("a", "b", "c"));
function minMax($first, ...$others) {
    $min = $max = $first;
    foreach ($others as $o) {
        if ($o < $min) $min = $o;
        if ($o > $max) $max = $o;
    }
    return [$min, $max];
}
var_dump(minMax(5), minMax(3, 9, -2, 7));
function fmt(string $f, int|float ...$vals): string {
    return vsprintf($f, $vals);
}
echo fmt("%d-%d-%.1f", 1, 2, 3.14), "\n";
function countArgs() {
    $n = func_num_args();
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[] = gettype(func_get_arg($i));
    }
    return implode(",", $out);
}
echo countArgs(1, "a", 1.5, null, [], true), "\n";
var_dump(call_user_func_array('sum', [1, 2, 3]), call_user_func('tagged', 'p', 'q'), call_user_func_array('info', ["k", "l"]));
function defaults($a = [1, 2], $b = PHP_EOL, $c = M_PI, $d = E_ALL & ~E_NOTICE, $e = "x" . "y") {
    return func_get_args();
}
var_dump(defaults(), defaults(null));
function nullableDefault(?int $n = null, string $s = "d") {
    return var_export($n, true) . $s;
}
echo nullableDefault(), " ", nullableDefault(5), " ", nullableDefault(null, "z"), "\n";
