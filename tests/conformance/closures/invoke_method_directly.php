<?php
// A closure's __invoke called as a method, made a first-class callable, and passed as a callback
// (libphp makes a function for each such call and frees it after).
$hi = function () { echo "hi\n"; };
$hi->__invoke();
$add = fn($a, $b = 10) => $a + $b;
var_dump($add->__invoke(1, 2), $add->__invoke(5));
$same = $add->__invoke(...);
var_dump($same === $add, $same(3, 4));
var_dump(call_user_func([$add, '__invoke'], 7), call_user_func_array([$add, '__invoke'], ['a' => 1, 'b' => 1]));
var_dump(array_map([$add, '__invoke'], [1, 2], [3, 4]));
class Counter {
    private $n = 0;
    function bump() { return function ($by) { return $this->n += $by; }; }
}
$bump = (new Counter)->bump();
$bump->__invoke(2);
echo $bump->__invoke(3), "\n";
$m = $bump->__invoke(...);
echo $m(5), "\n";
try {
    $add->__invoke();
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$byRef = function (&$x) { $x++; };
$v = 1;
$byRef->__invoke($v);
var_dump($v);
