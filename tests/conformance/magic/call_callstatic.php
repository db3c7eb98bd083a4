<?php
// __call and __callStatic: dispatch, argument passing, precedence.
class Proxy {
    private array $log = [];
    public function __call($name, $args) {
        $this->log[] = $name;
        return "__call $name(" . implode(', ', array_map('json_encode', $args)) . ")";
    }
    public static function __callStatic($name, $args) {
        return "__callStatic $name(" . implode(', ', array_map('json_encode', $args)) . ")";
    }
    public function real() { return "real method"; }
    private function secret() { return "secret"; }
    public function fromInside() { return [$this->secret(), self::undefinedStatic(1), static::other()]; }
    public function log() { return $this->log; }
}

$p = new Proxy();
echo $p->anything(1, 'two', [3]), "\n";
echo $p->real(), "\n";
echo $p->secret(), "\n";
echo Proxy::build('x'), "\n";
echo Proxy::secret(), "\n";
print_r($p->fromInside());
$m = 'dynamicName';
echo $p->$m(true, null), "\n";
echo call_user_func([$p, 'viaCallback'], 5), "\n";
echo call_user_func_array([$p, 'withArray'], ['a' => 1, 'b' => 2]), "\n";
echo call_user_func('Proxy::staticCallback', 1.5), "\n";
echo $p->named(first: 1, second: 2), "\n";
var_dump(is_callable([$p, 'whatever']), method_exists($p, 'whatever'));
print_r($p->log());

// method names are case-insensitive but __call receives them as written
echo $p->MixedCase(), "\n";
echo $p->REAL(), "\n";

// fluent builder based on __call
class QueryBuilder {
    private array $parts = [];
    public function __call($name, $args) {
        if (!str_starts_with($name, 'where')) {
            throw new BadMethodCallException("Method " . static::class . "::$name does not exist");
        }
        $this->parts[] = strtolower(substr($name, 5)) . ' = ' . var_export($args[0], true);
        return $this;
    }
    public function __toString(): string { return 'WHERE ' . implode(' AND ', $this->parts); }
}
echo (new QueryBuilder())->whereName('bob')->whereAge(30), "\n";
try {
    (new QueryBuilder())->orderBy('x');
} catch (BadMethodCallException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$fn = $p->created(...);
echo $fn('first-class'), "\n";
