<?php
// Closures created inside classes: automatic $this binding, access to
// private members, self/static/parent inside closures and arrow functions,
// static closures in methods (no $this), closures created in static
// methods, closures outliving their object, and rebinding changing static::.
class Counter {
    private int $n = 0;
    private static array $log = [];
    public function __construct(public string $name) {}
    public function incrementer(): Closure {
        return function (int $by = 1) { $this->n += $by; return $this->n; };
    }
    public function arrow(): Closure { return fn() => static::class . ":" . $this->name . "=" . $this->n; }
    public function staticOne(): Closure {
        return static function () { return isset($this) ? 'has $this' : 'no $this in static closure'; };
    }
    public function staticUsingThis(): Closure {
        return static fn() => $this->n;
    }
    public static function factory(): Closure {
        return function (string $name) { self::$log[] = $name; return new static($name); };
    }
    public static function log(): array { return self::$log; }
    public function peekOther(): Closure { return fn(Counter $o) => $o->n; }
    private function secret(): string { return "secret of {$this->name}"; }
    public function secretGetter(): Closure { return fn() => $this->secret(); }
}
class SubCounter extends Counter {
    public function parentArrow(): Closure { return fn() => 'parent says ' . parent::arrow()(); }
}

$c = new Counter('c');
$inc = $c->incrementer();
echo $inc(), " ", $inc(5), "\n";
echo $c->arrow()(), "\n";
echo $c->staticOne()(), "\n";
try {
    $c->staticUsingThis()();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$make = Counter::factory();
$made = $make('made');
echo get_class($made), " ", $made->name, "\n";
$subMake = SubCounter::factory();
echo get_class($subMake('sub')), "\n";
print_r(Counter::log());
echo $c->peekOther()(new SubCounter('other')), "\n";
echo $c->secretGetter()(), "\n";

$s = new SubCounter('s');
echo $s->arrow()(), "\n";
echo $s->parentArrow()(), "\n";

echo "-- closure outlives its object\n";
function makeInc(): Closure { return (new Counter('temp'))->incrementer(); }
$orphan = makeInc();
echo $orphan(10), " ", $orphan(), "\n";
$r = new ReflectionFunction($orphan);
echo get_class($r->getClosureThis()), " ", $r->getClosureScopeClass()->getName(), "\n";

echo "-- rebinding changes \$this and static::\n";
$arrow = $c->arrow();
$re = Closure::bind($arrow, new SubCounter('rebound'), Counter::class);
echo $re(), "\n";
// scope SubCounter: the private Counter::$n is not visible any more
$re = Closure::bind($arrow, new SubCounter('rebound'), SubCounter::class);
echo $re(), "\n";
echo $arrow(), "\n";
$unbound = function () { return static::class; };
try {
    $unbound();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo Closure::bind($unbound, null, SubCounter::class)(), "\n";
