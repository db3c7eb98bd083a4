<?php
// Static closures and static arrow functions; static variables inside closures.
$s = static function ($x) {
    return $x * 2;
};
var_dump($s(4));
$sa = static fn($x) => $x + 1;
var_dump($sa(4));
$n = 5;
$sc = static function () use ($n) {
    return $n;
};
var_dump($sc());
$sr = static function () use (&$n) {
    $n *= 2;
};
$sr();
var_dump($n);
// Static variables inside a closure persist between calls of that closure.
$counter = function () {
    static $c = 0;
    return ++$c;
};
echo $counter(), $counter(), $counter(), "\n";
// Each closure object created from one declaration gets its own statics.
function mk() {
    return function () {
        static $calls = 0;
        return ++$calls;
    };
}
$c1 = mk();
$c2 = mk();
echo $c1(), $c1(), $c2(), $c1(), $c2(), "\n";
// Static closure without $this.
$noThis = static function () {
    return isset($this) ? "has this" : "no this";
};
var_dump($noThis());
// Binding an object to a static closure is refused with a warning.
$bound = Closure::bind($s, new stdClass());
var_dump($bound);
// Static arrow functions in callbacks.
print_r(array_filter([1, 2, 3, 4, 5, 6], static fn($v) => $v % 3 == 0));
$list = [5, 3, 8];
usort($list, static fn($a, $b) => $b <=> $a);
echo implode(",", $list), "\n";
// Static variable holding an array, in a closure.
$memo = function ($k) {
    static $seen = [];
    $new = !isset($seen[$k]);
    $seen[$k] = true;
    return ($new ? "new " : "seen ") . $k . " (" . count($seen) . ")";
};
foreach (['a', 'b', 'a', 'c', 'b'] as $k) {
    echo $memo($k), "\n";
}
