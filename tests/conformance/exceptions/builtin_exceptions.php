<?php
// Errors and exceptions thrown by builtin functions and by the engine.
function clean($s) { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }
function attempt(string $label, callable $fn) {
    try {
        $r = $fn();
        echo $label, ": ok ", var_export($r, true), "\n";
    } catch (Throwable $t) {
        echo $label, ": ", get_class($t), " [", $t->getCode(), "] ", clean($t->getMessage()), "\n";
    }
}
function two($a, $b) { return $a + $b; }
$zero = 0;
$arr = [];
attempt("intdiv", function () use ($zero) { return intdiv(7, $zero); });
attempt("intdiv min", function () { return intdiv(PHP_INT_MIN, -1); });
attempt("modulo", function () use ($zero) { return 7 % $zero; });
attempt("fdiv", function () use ($zero) { return fdiv(1, $zero); });
attempt("divide", function () use ($zero) { return 1 / $zero; });
attempt("str_repeat", function () { return str_repeat("ab", -1); });
attempt("strlen array", function () use ($arr) { return strlen($arr); });
attempt("strlen none", function () { return strlen(...[]); });
attempt("json decode", function () { return json_decode("{bad", false, 512, JSON_THROW_ON_ERROR); });
attempt("json depth", function () { return json_decode("[[1]]", true, 1, JSON_THROW_ON_ERROR); });
attempt("json encode", function () { return json_encode("\xff", JSON_THROW_ON_ERROR); });
attempt("json ok", function () { return json_decode("[1]", true, 512, JSON_THROW_ON_ERROR); });
attempt("json no throw", function () { return json_decode("{bad"); });
attempt("array_chunk", function () { return array_chunk([1], 0); });
attempt("range", function () { return range(1, 2, 0); });
attempt("array_fill", function () { return array_fill(0, -1, 'x'); });
attempt("too few user", function () { return two(1); });
attempt("too many builtin", function () { return strtoupper("a", "b"); });
attempt("str_pad", function () { return str_pad("x", 5, ""); });
attempt("explode", function () { return explode("", "abc"); });
attempt("int type", function () { return str_repeat("x", "many"); });
attempt("undefined fn", function () { return undefined_function_xyz(); });
attempt("array as string key", function () use ($arr) { $a = []; $a[$arr] = 1; return $a; });
attempt("match", function () { return match (5) { 1 => 'one' }; });
attempt("unpack string keys", function () { return two(...['a' => 1, 'c' => 2]); });
$jsonErr = null;
try {
    json_decode("[1,}", flags: JSON_THROW_ON_ERROR);
} catch (JsonException $je) {
    $jsonErr = $je;
}
var_dump($jsonErr instanceof Exception, $jsonErr->getCode() === JSON_ERROR_SYNTAX, json_last_error());
