<?php
// Every way a function's code can first be entered, each function entered for the first time
// that way (phpovm links a function's code on its first entry), and what libphp reads of a
// function before it ever runs (defaults, used variables, static variables).

function by_call($a, $b) { return $a + $b; }
function by_callback($x) { return $x * 3; }
function by_extra_args($a) { return $a . ':' . implode(',', array_slice(func_get_args(), 1)); }
function typed_by_extra_args(int $a) { return $a + func_num_args(); }
function by_name_string($s) { return strrev($s); }
function with_defaults($a, $b = 10, $c = [1, 2], $d = PHP_INT_MAX) { return "$a $b " . count($c) . " $d"; }
function named_skip($a, $b = 'bee', $c = 'sea') { return "$a|$b|$c"; }
function with_static() { static $n = 0; return ++$n; }
function generator_fn($n) { for ($i = 0; $i < $n; $i++) yield $i => $i * $i; }
function thrower() { throw new RuntimeException('from a first call'); }
function recursive_first($n) { return $n <= 0 ? 0 : $n + recursive_first($n - 1); }
function by_ref_param(&$x) { $x .= '!'; }
function variadic_fn(...$xs) { return array_sum($xs); }

class Target {
    public function __construct(public int $v = 1) {}
    public function method($k) { return $this->v * $k; }
    public static function staticMethod($k) { return $k - 1; }
    public function __call($name, $args) { return "$name(" . implode(',', $args) . ")"; }
    public static function __callStatic($name, $args) { return "static $name"; }
    public function __get($p) { return "magic $p"; }
    public function __toString(): string { return 'Target#' . $this->v; }
    public function __invoke($x) { return $x + 100; }
    public function defaults($x, $y = 'why') { return "$x $y"; }
    public function __destruct() { echo "destruct {$this->v}\n"; }
}

echo by_call(1, 2), "\n";
echo implode(',', array_map('by_callback', [1, 2, 3])), "\n";
echo by_extra_args('a', 'b', 'c'), "\n";
echo typed_by_extra_args(5, 6, 7), "\n";
$name = 'by_name_string';
echo $name('abc'), "\n";
echo call_user_func('with_defaults', 1), "\n";
echo named_skip('x', c: 'see'), "\n";
echo call_user_func_array('named_skip', ['a' => 'y', 'c' => 'z']), "\n";
echo with_static(), with_static(), "\n";
foreach (generator_fn(3) as $k => $v) echo "$k=$v ";
echo "\n";
try { thrower(); } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), "\n"; }
echo recursive_first(10), "\n";
$s = 'hey';
by_ref_param($s);
echo $s, "\n";
echo variadic_fn(1, 2, 3), "\n";

$t = new Target(7);
echo $t->method(2), ' ', Target::staticMethod(5), ' ', $t->undefinedThing(1, 2), ' ', Target::nope(), "\n";
echo $t->prop, ' ', $t, ' ', $t(1), ' ', $t->defaults(x: 2), "\n";
echo implode(' ', array_map([$t, 'method'], [1, 2])), ' ', implode(' ', array_map('Target::staticMethod', [1, 2])), "\n";
unset($t);

// What reflection and named arguments read of functions that have not run yet.
function never_called($p, $q = 'default q', ?array $r = null, int ...$rest) {}
$rf = new ReflectionFunction('never_called');
foreach ($rf->getParameters() as $p) {
    echo $p->getName(), ' optional=', var_export($p->isOptional(), true);
    if ($p->isDefaultValueAvailable()) echo ' default=', var_export($p->getDefaultValue(), true);
    echo "\n";
}
class Config { const LIMIT = 42; public function m($x = self::LIMIT, $y = PHP_EOL) {} }
$rm = new ReflectionMethod('Config', 'm');
foreach ($rm->getParameters() as $p) {
    echo $p->getName(), ' ', $p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : '-', ' ', json_encode($p->getDefaultValue()), "\n";
}
$base = 5;
$closure = function ($x) use ($base, &$s) { static $calls = 0; return $x + $base; };
echo json_encode(array_keys((new ReflectionFunction($closure))->getClosureUsedVariables())), "\n";
echo json_encode(array_keys((new ReflectionFunction($closure))->getStaticVariables())), "\n";
echo $closure(1), "\n";
function counter() { static $count = 3, $label = 'c'; return $label . $count++; }
echo json_encode((new ReflectionFunction('counter'))->getStaticVariables()), "\n";
echo counter(), counter(), "\n";

// A parent's method first run through a child, and an inherited signature check with defaults.
abstract class Shape { abstract public function area(): float; public function describe($prefix = 'shape') { return $prefix . ' ' . $this->area(); } }
class Square extends Shape { public function __construct(private float $s) {} public function area(): float { return $this->s ** 2; } }
echo (new Square(3))->describe(), "\n";

// First entry from a builtin that calls back: usort, preg_replace_callback, spl_autoload, an
// error handler, a shutdown function, register_tick-free paths.
function cmp($a, $b) { return $b <=> $a; }
$arr = [3, 1, 2];
usort($arr, 'cmp');
echo implode(',', $arr), "\n";
function upper_cb($m) { return strtoupper($m[0]); }
echo preg_replace_callback('/b+/', 'upper_cb', 'abbbc'), "\n";
function handler($no, $str) { echo "handled: $str\n"; return true; }
set_error_handler('handler');
echo $undefined_variable ?? 'coalesced', "\n";
echo @$undefinedArray['k'], "\n";
trigger_error('custom warning', E_USER_WARNING);
restore_error_handler();
spl_autoload_register(function ($class) {
    if ($class === 'LateClass') { eval('class LateClass { public function hi() { return "late hi"; } }'); }
});
echo (new LateClass)->hi(), "\n";
function on_shutdown() { echo "shutdown ran\n"; }
register_shutdown_function('on_shutdown');
$fiber = new Fiber(function ($x) { $y = Fiber::suspend($x * 2); return $y + 1; });
echo $fiber->start(5), ' ';
$fiber->resume(10);
echo $fiber->getReturn(), "\n";
echo "end\n";
