<?php
// Closure::bind, bindTo, call and fromCallable.
class Counter {
    private int $count = 0;
    protected static string $label = 'counter';
    public function __construct(int $start = 0) { $this->count = $start; }
    private function double(): int { return $this->count * 2; }
}
class Other { private int $count = 999; }

$peek = function () { return $this->count; };
$inc = function (int $by) { $this->count += $by; return $this->count; };

$c = new Counter(5);
$bound = Closure::bind($peek, $c, Counter::class);
echo $bound(), "\n";
$incBound = $inc->bindTo($c, $c);
echo $incBound(3), " ", $incBound(2), "\n";
echo $peek->call($c), "\n";
echo $inc->call($c, 10), "\n";
echo $peek->call(new Other()), "\n";

// scope only (static closure style) to read static members
$label = static fn() => static::$label;
echo Closure::bind($label, null, Counter::class)(), "\n";

// bind without scope: private access fails
$unscoped = Closure::bind($peek, $c);
try {
    echo $unscoped(), "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// calling private methods through a bound closure
$callDouble = fn() => $this->double();
echo Closure::bind($callDouble, $c, Counter::class)(), "\n";

// static closures cannot be bound to an object
$static = static function () { return isset($this) ? 'has this' : 'no this'; };
$r = @Closure::bind($static, $c);
var_dump($r);
echo $static(), "\n";
$r = Closure::bind($static, new Counter());
var_dump($r);

// fromCallable
$fc = Closure::fromCallable('strtoupper');
echo $fc('abc'), "\n";
$fm = Closure::fromCallable([new ArrayObject([3, 1, 2]), 'count']);
echo get_class($fm), " ", $fm(), "\n";
class Exposer {
    private function hidden($x) { return "hidden($x)"; }
    public function get(): Closure { return Closure::fromCallable([$this, 'hidden']); }
}
echo (new Exposer())->get()('ok'), "\n";
try {
    Closure::fromCallable([new Exposer(), 'hidden']);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// rebinding an arrow function keeps captured values
$factor = 3;
$mul = fn() => $this->count * $factor;
echo Closure::bind($mul, new Counter(7), Counter::class)(), "\n";
$gen = function () { yield $this->count; yield $this->count + 1; };
foreach ($gen->call(new Counter(40)) as $v) echo $v, " ";
echo "\n";
