<?php
declare(strict_types=1);
// strict_types: exact scalar types accepted, int->float widening allowed, builtins also strict.
function area(float $w, float $h): float { return $w * $h; }
function label(string $s, int $n = 1): string { return str_repeat($s, $n); }
function flag(bool $b): string { return $b ? "on" : "off"; }
function maybe(?string $s): string { return $s ?? "(null)"; }
function idOrName(int|string $v): string { return gettype($v) . ":" . $v; }
function num(int|float $n): int|float { return $n * 2; }
function ret(): float { return 5; }
var_dump(area(2, 3), area(1.5, 2), label("ab", 3), flag(false), maybe(null), maybe("x"));
var_dump(idOrName(5), idOrName("five"), num(2), num(2.5), ret());
var_dump(strlen("abc"), str_repeat("-", 3), round(5), array_sum([1, 2.5]), intdiv(7, 2), abs(-3));
var_dump(is_numeric("12"), (int) "12", "5" + 3, "2" * "3", 10 / 4);
var_dump(strtoupper("strict ok"), implode(",", [1, 2]), in_array("1", [1, 2]), max(1, "2"));
$cb = "label";
var_dump($cb("z", 2), call_user_func("label", "y", 2), array_map("flag", [true, false]));
echo "builtin with wrong type under strict_types:\n";
var_dump(str_repeat("x", "3"));
echo "not reached\n";
