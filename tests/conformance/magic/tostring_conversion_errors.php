<?php
// Objects in string contexts: conversion of objects without __toString,
// __toString throwing, string functions and comparisons with Stringable
// objects, objects as array keys, and (uncaught at the end) a __toString
// declared with a non-string return.
class Name {
    public function __construct(private string $n) {}
    public function __toString(): string { return $this->n; }
}
class Plain { public $x = 1; }
class Thrower {
    public function __toString(): string { throw new RuntimeException("no string for you"); }
}

function attempt(string $label, callable $f): void {
    try {
        $r = $f();
        echo "$label: ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$n = new Name('bob');
attempt('concat', fn() => "hi " . $n);
attempt('strlen', fn() => strlen($n));
attempt('str_repeat', fn() => str_repeat($n, 2));
attempt('in_array loose', fn() => in_array('bob', [$n]));
attempt('== string', fn() => $n == 'bob');
attempt('=== string', fn() => $n === 'bob');
attempt('< string', fn() => $n < 'carl');
attempt('implode', fn() => implode('-', [$n, $n]));
attempt('string param', fn() => str_pad($n, 5, '*'));
attempt('sprintf %s', fn() => sprintf('[%s]', $n));
attempt('settype', function () use ($n) { $c = $n; settype($c, 'string'); return $c; });
attempt('array key', fn() => [$n => 1]);
attempt('array key via offset', function () use ($n) { $a = []; $a[$n] = 1; return $a; });
attempt('int cast', fn() => (int) $n);
attempt('strict_types-free int param', fn() => intdiv($n, 2));

$p = new Plain();
attempt('plain concat', fn() => "x" . $p);
attempt('plain strlen', fn() => strlen($p));
attempt('plain == string', fn() => $p == 'x');
attempt('plain in string interpolation', fn() => "value: $p");
attempt('plain (string)', fn() => (string) $p);

$t = new Thrower();
attempt('throwing concat', fn() => "x" . $t);
attempt('throwing echo', function () use ($t) { echo $t; });
attempt('throwing comparison', fn() => $t == 'x');
attempt('throwing strtoupper', fn() => strtoupper($t));

echo "last: ", $t, "\n";
echo "not reached\n";
