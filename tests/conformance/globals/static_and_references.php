<?php
// Static variables holding arrays and references, statics in closures vs functions,
// and statics shared between recursive calls.
function registry(?string $key = null, mixed $value = null): array {
    static $items = [];
    if ($key !== null) {
        $items[$key] = $value;
    }
    return $items;
}
registry('a', 1);
registry('b', [2, 3]);
print_r(registry());
function &counterRef(): int {
    static $c = 0;
    return $c;
}
$ref = &counterRef();
$ref += 10;
$ref2 = &counterRef();
$ref2++;
echo "static via reference: ", counterRef(), "\n";
function staticBoundToRef() {
    static $s = 'initial';
    global $g;
    $s = &$g;          // rebinding the static name only for this call
    $s = 'set through ref';
    return 'ok';
}
$g = 'global';
staticBoundToRef();
echo "g=$g\n";
function fib(int $n): int {
    static $memo = [0 => 0, 1 => 1];
    static $calls = 0;
    if ($n === -1) {
        return $calls;
    }
    $calls++;
    if (!isset($memo[$n])) {
        $memo[$n] = fib($n - 1) + fib($n - 2);
    }
    return $memo[$n];
}
echo fib(50), "\n";
echo "calls: ", fib(-1), "\n";
$makeCounter = function () {
    return function () {
        static $n = 0;
        return ++$n;
    };
};
$c1 = $makeCounter();
$c2 = $makeCounter();
echo $c1(), $c1(), $c1(), " ", $c2(), $c2(), "\n";
$same = function () {
    static $x = 0;
    return ++$x;
};
$copy = $same;
echo $same(), $copy(), $same(), "\n";
function withDefault() {
    static $arr = [1, 2, 3], $str = "s" . "t", $n = PHP_INT_SIZE * 2;
    $arr[] = count($arr) + 1;
    return implode(",", $arr) . " $str $n";
}
withDefault();
echo withDefault(), "\n";
$a = ['x' => ['y' => 1]];
$r = &$a['x']['y'];
$b = $a;           // $b shares the referenced slot
$r = 99;
echo $b['x']['y'], "\n";
unset($r);
$c = $a;
$c['x']['y'] = 5;
echo $a['x']['y'], "\n";
