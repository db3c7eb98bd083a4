<?php
// unset() of a static property is an Error, declared or not, naming the class as given; an
// unknown class is "Class not found" first.
class C { public static $declared = 1; private static $hidden = 2; }
class D extends C {}
foreach (['C::$declared', 'C::$missing', 'D::$declared'] as $what) {
    try {
        match ($what) {
            'C::$declared' => (function () { unset(C::$declared); })(),
            'C::$missing' => (function () { unset(C::$missing); })(),
            'D::$declared' => (function () { unset(D::$declared); })(),
        };
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$name = 'hidden';
try { unset(C::$$name); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$class = 'Nope';
try { unset($class::$x); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(C::$declared);
