<?php
// First-class callable syntax: $obj->m(...), Foo::m(...), static and
// magic methods, and scope of the created closures.
class Calc {
    public function __construct(private int $base = 10) {}
    public function add(int $x, int $y = 0): int { return $this->base + $x + $y; }
    public static function twice(int $x): int { return 2 * $x; }
    private function secret(): string { return "secret of " . static::class; }
    public function exposeSecret(): Closure { return $this->secret(...); }
    public function __call($n, $a) { return "__call:$n"; }
    public static function __callStatic($n, $a) { return "__callStatic:$n"; }
    public function selfRef(): Closure { return static::twice(...); }
}
class SubCalc extends Calc {}

$c = new Calc(100);
$add = $c->add(...);
$twice = Calc::twice(...);
var_dump($add instanceof Closure, $add(1), $add(1, 2), $add(y: 5, x: 1));
var_dump($twice(21), array_map($twice, [1, 2, 3]));
$sec = (new SubCalc())->exposeSecret();
echo $sec(), "\n";
echo $c->undefinedThing(...)(), "\n";
echo Calc::undefinedStatic(...)(), "\n";
echo (new SubCalc())->selfRef()(4), "\n";

$strlen = strlen(...);
echo $strlen('hello'), "\n";
$m = 'add';
$dyn = $c->$m(...);
echo $dyn(5), "\n";
$arr = [$c, 'add'];
echo $arr(...)(6), "\n";
$str = 'Calc::twice';
echo $str(...)(7), "\n";

// reflection on the closures
$r = new ReflectionFunction($add);
echo $r->getName(), " ", $r->getNumberOfParameters(), " ", $r->getNumberOfRequiredParameters(), "\n";
var_dump($r->getClosureThis() === $c, $r->getClosureScopeClass()->getName());
$r2 = new ReflectionFunction($twice);
var_dump($r2->getClosureThis(), $r2->getName());

// each (...) creates a new closure object, but they behave the same
var_dump($c->add(...) === $c->add(...), $c->add(...) == $c->add(...));

// closures hold the object alive
class Tracked { public function __destruct() { echo "Tracked destroyed\n"; } public function hi() { return "hi"; } }
$t = new Tracked();
$hi = $t->hi(...);
unset($t);
echo "after unset: ", $hi(), "\n";
unset($hi);
echo "after closure unset\n";
try {
    $bad = $c->secret(...);
    echo $bad(), "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
