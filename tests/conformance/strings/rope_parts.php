<?php
// String interpolation (ROPE_*) with parts of every kind: literals, temporaries, variables,
// references, call results, numbers, null and booleans, arrays, objects with __toString (one
// that throws mid-string), undefined variables, and strings that must not be modified in place.
class S { public function __construct(private string $v) {} public function __toString(): string { return $this->v; } }
class Bad { public function __toString(): string { throw new Exception("bad toString"); } }
function f() { return "call"; }
function &r() { static $x = "ref"; return $x; }
$i = 42; $f = 1.5; $n = null; $t = true; $b = false; $s = "str"; $o = new S("obj");
echo "a{$i}b{$f}c{$n}d{$t}e{$b}f{$s}g{$o}h\n";
echo "call: {$s}" . f() . " " . "x" . r() . "\n";
$x = f();
echo "[$x:" . r() . ":{$o}]\n";
$ref = &$s;
echo "ref $ref and $s\n";
$ref .= "!";
echo "after $s\n";
$arr = [1, 2];
echo "arr: {$arr[0]} {$arr[1]}\n";
echo "whole: $arr\n";
echo "undef: [$undefined]\n";
try { echo "before {$o} " . new Bad() . " after\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $bad = new Bad(); echo "x{$s}y{$bad}z\n"; } catch (Exception $e) { echo "caught again ", $e->getMessage(), "\n"; }
$parts = [];
for ($k = 0; $k < 5; $k++) { $parts[] = "item$k-{$s}-" . ($k * 2); }
echo implode(",", $parts), "\n";
$base = "base";
$copy = $base;
$copy2 = "$base";
$copy2 .= "+";
echo "$base $copy $copy2\n";
$long = str_repeat("ab", 5000);
$joined = "{$long}|{$long}";
echo strlen($joined), " ", substr($joined, 9998, 5), "\n";
echo "neg: {$i}" . -$i . " float: " . (0.1 + 0.2) . " big: " . PHP_INT_MAX . " e: " . 1e100 . "\n";
