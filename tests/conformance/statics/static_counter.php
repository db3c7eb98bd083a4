<?php
// static variables in functions keep their value between calls.
function counter() {
    static $count = 0;
    $count++;
    return $count;
}
echo counter(), counter(), counter(), "\n";
// Each function has its own static of the same name.
function other() {
    static $count = 100;
    return ++$count;
}
echo other(), " ", counter(), " ", other(), "\n";
// Static without initializer starts as NULL.
function noInit() {
    static $v;
    var_dump($v);
    $v = ($v ?? 0) + 10;
    return $v;
}
noInit();
var_dump(noInit());
// Several statics in one declaration.
function multi() {
    static $a = 1, $b = 2, $c;
    $a *= 2;
    $b += $a;
    $c .= "x";
    return "$a $b $c";
}
echo multi(), " | ", multi(), " | ", multi(), "\n";
// A static and a local with different lifetimes.
function mixed_lifetimes() {
    static $calls = 0;
    $local = 0;
    $calls++;
    $local++;
    return "calls=$calls local=$local";
}
mixed_lifetimes();
echo mixed_lifetimes(), "\n";
// unset() of a static only removes the local binding for this call.
function unsetter($doUnset) {
    static $n = 0;
    $n++;
    if ($doUnset) {
        unset($n);
        var_dump(isset($n));
        $n = 1000;   // a plain local now
    }
    return $n;
}
echo unsetter(false), " ", unsetter(true), " ", unsetter(false), "\n";
// Static holding different types over time.
function shapeShifter() {
    static $v = 0;
    $v = match (true) {
        is_int($v) => "string now",
        is_string($v) => 1.5,
        is_float($v) => [1],
        default => 0,
    };
    return $v;
}
for ($i = 0; $i < 5; $i++) {
    var_dump(shapeShifter());
}
// A static used as a generator of unique IDs with a prefix.
function nextId($prefix) {
    static $next = [];
    $next[$prefix] = ($next[$prefix] ?? 0) + 1;
    return $prefix . $next[$prefix];
}
echo nextId("a"), nextId("b"), nextId("a"), nextId("a"), nextId("b"), "\n";
