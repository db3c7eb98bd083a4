<?php
// A typed property bound to another reference no longer types the reference it left; binding a
// property to an undefined variable makes the variable null (allowed by ?array), then typed.
class Test {
    public static int $x = 0;
    public int $p = 5;
}
class Test2 extends Test {
    public static $y = 1;
}
$x =& Test::$x;
try { $x = "foo"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($x, Test::$x);
Test::$x =& Test2::$y;
$x = "foo";  // the reference $x holds is untyped now
var_dump($x, Test::$x);
$o = new Test;
$r =& $o->p;
$free = 7;
$o->p =& $free;
$r = "no longer typed";
var_dump($r, $o->p);
try { $free = "typed now"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class A {
    static iterable $it = [];
    static ?array $a;
}
A::$a = &A::$it;
try { A::$it = new ArrayIterator(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
A::$a = &$undefined;
var_dump($undefined);
try { $undefined = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($undefined);
