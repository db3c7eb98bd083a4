<?php
// An error while evaluating a constant expression (a class constant, a property default, a
// parameter default, a static variable) names the line of the expression.
class B {
    const X = self::Y;
    const Y = self::X;
    const U = UNDEFINED_CONSTANT_ONE;
    public $p = self::MISSING;
}
function d($x =
    ANOTHER_UNDEFINED) { return $x; }
foreach ([fn() => B::X, fn() => B::U, fn() => new B, fn() => d()] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
    }
}
