<?php
// Closures that bind no variables are linked on their first call, like any other function: each
// Closure object libphp creates holds a copy of the shell, and whichever copy runs first gets the
// code (phpovm links a closure with bound or static variables when its file loads). Every closure
// here is created, copied, reflected or handed to a builtin before it first runs.

/** Doubles. */
$double = function (int $x, int $by = 2): int {
    return $x * $by;
};
$r = new ReflectionFunction($double);
echo "params ", $r->getNumberOfParameters(), " required ", $r->getNumberOfRequiredParameters(), "\n";
echo "default ", $r->getParameters()[1]->getDefaultValue(), "\n";
echo "lines ", $r->getStartLine(), "-", $r->getEndLine(), " doc ", var_export($r->getDocComment(), true), "\n";
echo "used ", json_encode($r->getClosureUsedVariables()), " static ", json_encode($r->getStaticVariables()), "\n";
echo "generator ", var_export($r->isGenerator(), true), " variadic ", var_export($r->isVariadic(), true), "\n";

// Two Closure objects of one function, the second called first.
function make() { return fn($s) => strtoupper($s) . '!'; }
$a = make();
$b = make();
echo $b('second'), ' ', $a('first'), "\n";

// Called first by libphp.
echo implode(',', array_map(fn($v) => $v * $v, [1, 2, 3])), "\n";
$list = [3, 1, 2];
usort($list, function ($x, $y) { return $x <=> $y; });
echo implode(',', $list), "\n";
echo preg_replace_callback('/\d/', fn($m) => $m[0] + 1, 'a1b2'), "\n";

// Bound copies made before the first call.
class Counter
{
    private $n = 40;
    public function adder() { return function ($k) { return $this->n + $k; }; }
    public static function stat() { return static fn() => static::class; }
}
$peek = function () { return $this->n; };
echo Closure::bind($peek, new Counter(), Counter::class)(), "\n";
echo $peek->call(new Counter()), "\n";
$adder = (new Counter())->adder();
$rebound = $adder->bindTo(new Counter());
echo $rebound(2), ' ', $adder(1), "\n";
class Sub extends Counter {}
echo Sub::stat()(), ' ', Counter::stat()(), "\n";
echo Closure::fromCallable($double)(21), "\n";

// A first frame that throws through finally, backtraces, is a generator, takes references and
// extra arguments.
$thrower = function ($x) {
    try {
        throw new RuntimeException("thrown $x");
    } finally {
        echo "finally $x\n";
    }
};
try {
    $thrower(1);
} catch (RuntimeException $e) {
    echo $e->getMessage(), ' line ', $e->getLine(), "\n";
}
$where = function () { return debug_backtrace()[0]['function']; };
echo $where(), "\n";
$gen = function ($n) { for ($i = 0; $i < $n; $i++) yield $i => $i * 10; };
foreach ($gen(3) as $k => $v) echo "$k=$v ";
echo "\n";
$inc = function (&$v, $step = 1) { $v += $step; };
$total = 5;
$inc($total);
$inc($total, 10);
echo $total, "\n";
$extra = function ($first) { return $first . ':' . implode('/', func_get_args()); };
echo $extra('a', 'b', 'c'), "\n";
$wrong = function (int $n) { return $n; };
try {
    $wrong('nope');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// A closure declared inside a closure that has not run yet.
$outer = function ($x) { return fn($y) => $x . '+' . $y; };
echo $outer('p')('q'), "\n";

// For contrast: closures that bind variables, or have static ones, are linked with their file.
$base = 100;
$bound = function ($x) use ($base) { return $base + $x; };
echo json_encode((new ReflectionFunction($bound))->getClosureUsedVariables()), ' ', $bound(1), "\n";
$tick = function () { static $calls = 0; return ++$calls; };
$tick();
echo json_encode((new ReflectionFunction($tick))->getStaticVariables()), "\n";
$arrow = fn($x) => $x + $base;
echo json_encode((new ReflectionFunction($arrow))->getClosureUsedVariables()), ' ', $arrow(5), "\n";
