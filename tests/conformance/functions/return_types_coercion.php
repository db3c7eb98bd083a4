<?php
// Scalar parameter and return types in coercive (non-strict) mode.
function toInt(int $x): int { return $x; }
function toFloat(float $x): float { return $x; }
function toString(string $s): string { return $s; }
function toBool(bool $b): bool { return $b; }
var_dump(toInt("42"), toInt(3.0), toInt(true), toInt(" 7"), toInt("1e2"));
var_dump(toFloat(5), toFloat("2.5"), toFloat("1e3"), toFloat(false));
var_dump(toString(12), toString(1.5), toString(true), toString(1e20), toString(0.1 + 0.2));
var_dump(toBool(0), toBool("0"), toBool(""), toBool("a"), toBool(0.0), toBool(2));
function retInt($v): int { return $v; }
var_dump(retInt("12"), retInt(12.0), retInt(false));
function retString($v): string { return $v; }
var_dump(retString(5), retString(2.50), retString(true));
function retFloat($v): float { return $v; }
var_dump(retFloat(3), retFloat("4"));
function retNullable($v): ?int { return $v; }
var_dump(retNullable(null), retNullable("8"));
function retUnion($v): int|string { return $v; }
var_dump(retUnion(1.0), retUnion("x"), retUnion(true), retUnion(2.5));
function retVoid(): void { return; }
var_dump(retVoid());
function paramUnion(int|float $n) { return $n; }
var_dump(paramUnion("5"), paramUnion("5.5"), paramUnion("1e2"), paramUnion(true));
function paramStrInt(string|int $v) { return $v; }
var_dump(paramStrInt(5.0), paramStrInt(5.5), paramStrInt(true));
function retArray($x): array { return $x; }
var_dump(retArray([1]));
function retMixed($x): mixed { return $x; }
var_dump(retMixed(null));
function iterableParam(iterable $it) { $n = 0; foreach ($it as $_) $n++; return $n; }
var_dump(iterableParam([1, 2, 3]));
echo "deprecated fractional:\n";
var_dump(toInt(3.5));
var_dump(toInt("3.5"));
echo "now an error:\n";
var_dump(toInt("abc"));
