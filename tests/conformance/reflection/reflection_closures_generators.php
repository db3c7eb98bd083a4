<?php
// Reflection of closures (this, scope, used variables) and
// ReflectionGenerator.
class Host {
    private $v = 'host value';
    public function make(int $n): Closure {
        $factor = 3;
        return function (int $x) use ($n, &$factor): int { return $x * $n * $factor; };
    }
    public function gen() { yield 1; yield 2; }
    public static function staticMaker(): Closure { return static fn() => 1; }
}

$h = new Host();
$c = $h->make(2);
$rf = new ReflectionFunction($c);
var_dump($rf->getClosureThis() === $h, $rf->getClosureScopeClass()->getName());
var_dump($rf->getClosureUsedVariables());
var_dump($rf->isStatic(), (new ReflectionFunction(Host::staticMaker()))->isStatic());
var_dump((new ReflectionFunction(Host::staticMaker()))->getClosureThis());
$plain = function () {};
var_dump((new ReflectionFunction($plain))->getClosureScopeClass());
$arrow = fn() => $c;
var_dump(array_keys((new ReflectionFunction($arrow))->getClosureUsedVariables()));

$rm = new ReflectionMethod('Host', 'make');
var_dump($rm->getClosure($h) instanceof Closure);
echo $rm->getClosure($h)(5)(1), "\n";

echo "ReflectionGenerator:\n";
function counter(int $max) {
    for ($i = 0; $i < $max; $i++) {
        yield $i;
    }
}
$g = counter(3);
$g->current();
$rg = new ReflectionGenerator($g);
echo $rg->getFunction()->getName(), " executing line ", $rg->getExecutingLine(), " in ", basename($rg->getExecutingFile()), "\n";
var_dump($rg->getThis(), $rg->getExecutingGenerator() === $g);
$mg = $h->gen();
$mg->current();
$mg->next();
$rmg = new ReflectionGenerator($mg);
var_dump($rmg->getThis() === $h, $rmg->getFunction()->class, $rmg->getExecutingLine());
while ($mg->valid()) $mg->next();
try {
    new ReflectionGenerator($mg);
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "closure bound to another object:\n";
$peek = function () { return $this->v; };
$bound = Closure::bind($peek, $h, Host::class);
$rb = new ReflectionFunction($bound);
var_dump($rb->getClosureThis() === $h, $rb->getClosureScopeClass()->name, $bound());
