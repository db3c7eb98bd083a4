<?php
// static initializers with constant expressions.
const BASE = 10;
const NAMES = ['x', 'y'];
define('RUNTIME', 5);
function exprs() {
    static $sum = 1 + 2 * 3;
    static $str = "a" . "b" . 'c';
    static $shift = 1 << 4;
    static $fromConst = BASE * 2;
    static $arr = [PHP_INT_SIZE > 4, 'k' => BASE, NAMES[1], -1];
    static $ternary = BASE > 5 ? "big" : "small";
    static $coalesce = NAMES[5] ?? "fallback";
    static $builtinConst = PHP_EOL === "\n";
    static $float = 7 / 2;
    static $pow = 2 ** 10;
    static $neg = -BASE;
    static $concatConst = "n=" . BASE;
    return compact('sum', 'str', 'shift', 'fromConst', 'arr', 'ternary', 'coalesce',
                   'builtinConst', 'float', 'pow', 'neg', 'concatConst');
}
var_dump(exprs());
// The initializer is evaluated once; later changes persist.
function acc($v) {
    static $total = BASE * BASE;
    $total += $v;
    return $total;
}
echo acc(1), " ", acc(2), " ", acc(-103), "\n";
// A constant defined with define() at runtime is usable in a static initializer.
function usesRuntimeConst() {
    static $r = RUNTIME + 1;
    return $r++;
}
echo usesRuntimeConst(), usesRuntimeConst(), "\n";
// Magic constants inside static initializers.
function magic() {
    static $fn = __FUNCTION__;
    static $line = __LINE__;
    return "$fn@$line";
}
echo magic(), "\n";
// A static array built from class constants of builtin classes.
function limits() {
    static $l = [PHP_INT_MAX, PHP_INT_MIN, M_PI > 3, E_ALL & ~E_NOTICE];
    return $l;
}
var_dump(limits());
// static nested arrays with string keys and a constant key.
function table() {
    static $t = [BASE => 'ten', 'nested' => ['deep' => [1, 2]], NAMES[0] => BASE % 3];
    $t['nested']['deep'][] = count($t['nested']['deep']) + 1;
    return $t;
}
table();
echo json_encode(table()), "\n";
