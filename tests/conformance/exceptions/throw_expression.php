<?php
// throw as an expression: with ??, ?:, &&, ||, ternaries, arrow functions and match.
function get(array $a, $k) {
    return $a[$k] ?? throw new OutOfBoundsException("missing key $k");
}
$data = ['a' => 1, 'b' => null, 'c' => 0, 'd' => false];
foreach (['a', 'b', 'c', 'd', 'e'] as $k) {
    try {
        var_dump(get($data, $k));
    } catch (OutOfBoundsException $e) {
        echo $e->getMessage(), "\n";
    }
}
foreach ([0, 5, "", "x"] as $val) {
    try {
        $r = $val ?: throw new UnexpectedValueException("falsy " . var_export($val, true));
        echo "truthy ", $r, "\n";
    } catch (UnexpectedValueException $e) {
        echo $e->getMessage(), "\n";
    }
}
$ok = true;
$ok || throw new Exception("never thrown");
try {
    $ok && throw new Exception("and-throw");
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
$check = fn($x) => $x > 0 ? $x : throw new DomainException("not positive: $x");
foreach ([3, -1] as $x) {
    try {
        echo $check($x), "\n";
    } catch (DomainException $e) {
        echo $e->getMessage(), "\n";
    }
}
function size($v) {
    return match (true) {
        $v < 10 => "small",
        $v < 100 => "medium",
        default => throw new RangeException("huge $v"),
    };
}
foreach ([1, 50, 1000] as $v) {
    try {
        echo size($v), "\n";
    } catch (RangeException $e) {
        echo $e->getMessage(), "\n";
    }
}
// Evaluation order: the left side is evaluated before the throw.
$i = 0;
try {
    $x = ($i++ > 0) ? "yes" : throw new LogicException("i was $i");
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
// Throw in a function argument.
function id($v) { return $v; }
try {
    echo id(null ?? throw new Exception("in argument")), "\n";
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump(isset($x));
