<?php
// First-class callables and Closure::fromCallable for parent::, self::,
// static:: methods, dynamic method names, array callables, and methods
// that only exist through __call / __callStatic. Also the PHP 8.2
// deprecation of "parent"/"self"/"static" in callable strings/arrays.
class Base {
    public function greet(string $who): string { return static::class . " base greets $who"; }
    public static function make(): string { return 'made by ' . static::class; }
    public function __call($name, $args) { return "__call $name(" . implode(',', $args) . ") on " . static::class; }
    public static function __callStatic($name, $args) { return "__callStatic $name(" . implode(',', $args) . ") on " . static::class; }
}
class Child extends Base {
    public function greet(string $who): string { return "child greets $who"; }
    public static function make(): string { return 'child make'; }

    public function callables(): array {
        return [
            'parent::greet(...)' => parent::greet(...),
            'self::greet(...)' => self::greet(...),
            'static::make(...)' => static::make(...),
            'parent::make(...)' => parent::make(...),
            '$this->greet(...)' => $this->greet(...),
            'parent::missing(...)' => parent::missing(...),
            'self::ghost(...)' => self::ghost(...),
        ];
    }
    public static function staticCallables(): array {
        return [
            'static::make(...)' => static::make(...),
            'static::ghost(...)' => static::ghost(...),
            'parent::make(...)' => parent::make(...),
        ];
    }
}
class GrandChild extends Child {
    public static function make(): string { return 'grandchild make'; }
}

function run(array $list, ...$args) {
    foreach ($list as $label => $c) {
        $r = new ReflectionFunction($c);
        echo str_pad($label, 24), " => ", $c(...$args), "   [", $r->getName(), "]\n";
    }
}

echo "-- instance context\n";
run((new Child)->callables(), 'Ann');
echo "-- instance context, subclass object\n";
run((new GrandChild)->callables(), 'Bob');
echo "-- static context\n";
run(GrandChild::staticCallables(), 'x');

echo "-- dynamic names and array callables\n";
$o = new GrandChild;
$m = 'greet';
echo $o->$m(...)('Cy'), "\n";
$m = 'undefinedDyn';
echo $o->$m(...)('a', 'b'), "\n";
echo [$o, 'greet'](...)('Di'), "\n";
echo ['GrandChild', 'make'](...)(), "\n";
echo ['GrandChild', 'nothing'](...)(1), "\n";
echo 'GrandChild::make'(...)(), "\n";
$cls = 'Child';
echo $cls::make(...)(), "\n";
echo $o::make(...)(), "\n";

echo "-- Closure::fromCallable on magic\n";
$fc = Closure::fromCallable([$o, 'viaCall']);
echo $fc(1, 2), "\n";
echo (new ReflectionFunction($fc))->getName(), "\n";
$fs = Closure::fromCallable('Child::viaStatic');
echo $fs(3), "\n";
$fa = Closure::fromCallable(['GrandChild', 'viaStatic2']);
echo $fa(), "\n";

echo "-- deprecated relative callables (PHP 8.2)\n";
class Rel extends Base {
    public static function make(): string { return 'rel make'; }
    public function test() {
        echo call_user_func('parent::make'), "\n";
        echo call_user_func([$this, 'parent::greet'], 'Eve'), "\n";
        echo call_user_func(['Rel', 'self::make']), "\n";
        var_dump(is_callable('static::make'));
        echo call_user_func([self::class, 'make']), "\n";
    }
}
(new Rel)->test();

echo "-- closure identity and binding\n";
$c1 = $o->greet(...);
$c2 = $o->greet(...);
var_dump($c1 === $c2, (new ReflectionFunction($c1))->getClosureThis() === $o);
$st = GrandChild::make(...);
var_dump((new ReflectionFunction($st))->getClosureThis());
echo (new ReflectionFunction($st))->getClosureScopeClass()->name, "\n";
