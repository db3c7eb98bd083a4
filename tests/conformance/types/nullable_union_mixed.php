<?php
declare(strict_types=1);
// Nullable, union, false pseudo-type, mixed and void in strict mode; default null makes implicit nullable.
function find(array $haystack, string $needle): int|false {
    $pos = array_search($needle, $haystack, true);
    return $pos === false ? false : (int) $pos;
}
var_dump(find(["a", "b"], "b"), find(["a"], "z"));
function describe(int|string|null $v = null): string {
    return match (true) {
        $v === null => "null",
        is_int($v) => "int $v",
        default => "string '$v'",
    };
}
echo describe(), "; ", describe(3), "; ", describe("x"), "; ", describe(null), "\n";
function implicitNullable(string $s = null) {
    return $s === null ? "got null" : "got $s";
}
echo implicitNullable(), " ", implicitNullable(null), " ", implicitNullable("v"), "\n";
function any(mixed $m): string { return get_debug_type($m); }
echo any(1), " ", any(1.5), " ", any("s"), " ", any(null), " ", any([]), " ", any(true), "\n";
function nothing(): void {}
var_dump(nothing());
function floatOrBool(float|bool $x): string { return var_export($x, true); }
echo floatOrBool(1), " ", floatOrBool(true), " ", floatOrBool(2.5), "\n";
function nullableRet(bool $give): ?array { return $give ? [1] : null; }
var_dump(nullableRet(true), nullableRet(false));
function intOrFloat(int|float $n): string { return gettype($n); }
echo intOrFloat(1), " ", intOrFloat(1.0), "\n";
function typed(?int ...$nums): int { $s = 0; foreach ($nums as $n) $s += $n ?? 100; return $s; }
echo typed(), " ", typed(1, null, 2), "\n";
echo "Now null to non-nullable:\n";
function needsInt(int $i): int { return $i; }
echo needsInt(find([], "q"));
