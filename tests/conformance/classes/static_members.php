<?php
// Static properties and methods, sharing between parent and child classes.
class Counter {
    public static int $count = 0;
    protected static array $log = [];
    public static $shared = 'base';

    public static function increment(int $by = 1): int {
        static::$count += $by;
        self::$log[] = static::class . "+$by";
        return static::$count;
    }
    public static function log(): array {
        return self::$log;
    }
    public function instanceIncrement(): int {
        return self::increment(10);
    }
}

class SubCounter extends Counter {
    public static int $count = 100;   // redeclared: separate storage
}

echo Counter::increment(), "\n";
echo Counter::increment(2), "\n";
echo SubCounter::increment(), "\n";
echo SubCounter::increment(5), "\n";
echo Counter::$count, " ", SubCounter::$count, "\n";

// $shared is not redeclared: same storage
SubCounter::$shared = 'changed via child';
echo Counter::$shared, "\n";

$c = new Counter();
echo $c->instanceIncrement(), "\n";
echo $c::$count, "\n";
print_r(Counter::log());

// Static property references
$ref = &Counter::$count;
$ref = 1000;
echo Counter::$count, "\n";

$cls = 'SubCounter';
echo $cls::$count, " ", $cls::increment(), "\n";
$method = 'increment';
echo Counter::$method(3), "\n";
echo call_user_func(['SubCounter', 'increment'], 7), "\n";
echo call_user_func('Counter::increment'), "\n";

// Accessing static property as instance property gives a notice
echo @$c->count ?? 'undefined', "\n";
try {
    echo Counter::$missing;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    Counter::$log = [];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    Counter::nope();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
