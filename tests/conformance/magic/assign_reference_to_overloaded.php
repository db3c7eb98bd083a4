<?php
// $o->p =& $v where p is reached only through __get() has no variable to bind: an Error.
class Test {
    private $x;
    public function &__get($name) { return $this->x; }
}
class Self_ {
    private $var;
    function __get($e) { return $this; }
}
function &noref() { $n = 1; return $n; }
$test = new Test;
$y = 5;
try {
    $test->x =& $y;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$y = 6;
var_dump($test->x);
$s = new Self_;
try {
    $s->i = &noref();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($s);
$std = new stdClass;
$std->p = &$y;  // a real property: bound
$y = 7;
var_dump($std->p);
