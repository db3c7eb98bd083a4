<?php
// assert() with the default zend.assertions=1: passing assertions are silent, a failing one throws AssertionError.
function safeDivide($a, $b) {
    assert(is_numeric($a) && is_numeric($b));
    assert($b != 0, "divisor must not be zero");
    return $a / $b;
}
var_dump(ini_get("zend.assertions"), ini_get("assert.exception"));
var_dump(assert(true), assert(1 === 1));
echo safeDivide(10, 4), "\n";
echo safeDivide("9", 3), "\n";
echo safeDivide(1, 0), "\n";
