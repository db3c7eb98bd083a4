<?php
// Coercive mode: what converts, what warns/deprecates; ends with an array passed to a string param.
function s(string $x) { return var_export($x, true); }
function i(int $x) { return var_export($x, true); }
function f(float $x) { return var_export($x, true); }
function b(bool $x) { return var_export($x, true); }
function ni(?int $x) { return var_export($x, true); }
function u(int|bool $x) { return var_export($x, true); }
function fs(float|string $x) { return var_export($x, true); }
echo s(1), " ", s(1.0), " ", s(-0.0), " ", s(false), " ", s(1e100), "\n";
echo i("0x10" === "0x10" ? "16" : "0"), " ", i(" 12"), " ", i("12 "), " ", i(true), " ", i(-0.0), "\n";
echo f("1e-3"), " ", f(" .5"), " ", f(10), " ", f(PHP_INT_MAX), "\n";
echo b("false"), " ", b(0.1), " ", b("0.0"), " ", b(-1), "\n";
echo ni(null), " ", ni("3"), "\n";
echo u("5"), " ", u("abc"), " ", u(1.0), " ", u(""), "\n";
echo fs(5), " ", fs(true), " ", fs("5"), "\n";
$tests = ["i" => ["12abc", "abc", "", null, [], 1.5, "1.0", 1e30], "f" => ["abc", "1,5", null], "b" => [[], null], "s" => [null, []]];
foreach ($tests as $fn => $vals) {
    foreach ($vals as $v) {
        $desc = is_array($v) ? "[]" : var_export($v, true);
        echo "$fn($desc): ";
        if (is_array($v) || $v === null || ($fn === "i" && (!is_numeric($v) || (is_float($v) && $v > PHP_INT_MAX))) || ($fn === "f" && !is_numeric($v))) {
            echo "skipped (would throw)\n";
            continue;
        }
        echo $fn($v), "\n";
    }
}
echo s([1]);
