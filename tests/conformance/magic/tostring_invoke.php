<?php
// __toString and __invoke in various contexts.
class Money {
    public function __construct(private int $cents) {}
    public function __toString(): string { return sprintf('$%d.%02d', intdiv($this->cents, 100), $this->cents % 100); }
}
class Multiplier {
    public int $calls = 0;
    public function __construct(private int $factor) {}
    public function __invoke(int $x): int { $this->calls++; return $x * $this->factor; }
}

$m = new Money(1234);
echo $m, " ", "price: $m", " ", 'x' . $m, "\n";
var_dump((string) $m, strval($m), "$m" === '$12.34');
echo str_repeat($m, 2), " ", strlen($m), " ", ucfirst(new Money(5)), "\n";
$arr = [(string) new Money(1) => 'one'];
print_r($arr);
echo implode(' + ', [new Money(100), new Money(250)]), "\n";
var_dump($m == '$12.34', $m < '$99');
var_dump(str_replace('$', 'USD ', $m));

$triple = new Multiplier(3);
echo $triple(5), "\n";
print_r(array_map($triple, [1, 2, 3]));
echo call_user_func($triple, 10), " ", call_user_func_array($triple, [20]), "\n";
var_dump(is_callable($triple), $triple instanceof Closure);
echo $triple->calls, "\n";
$f = Closure::fromCallable($triple);
echo $f(7), " ", get_class($f), "\n";
$g = $triple(...);
echo $g(8), "\n";
echo $triple->__invoke(100), "\n";
echo $triple->calls, "\n";

// invoking an object without __invoke
try {
    $o = new Money(1);
    $o();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// __invoke with a type error
try {
    $triple('not a number');
} catch (TypeError $e) {
    echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
}
// invokable as a callable type declaration
function apply(callable $c, $v) { return $c($v); }
echo apply(new Multiplier(10), 4), "\n";
echo apply('strtoupper', $m), "\n";
