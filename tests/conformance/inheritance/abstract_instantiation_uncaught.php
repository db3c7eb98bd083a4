<?php
// new on things that cannot be instantiated: interfaces, traits, enums,
// abstract classes (also through new static / variable class names and
// reflection). The last attempt, from inside a static factory, is uncaught.
interface Shape { public function area(): float; }
trait Named { public function name(): string { return static::class; } }
enum Suit { case Hearts; }
abstract class Base implements Shape {
    use Named;
    public static function create(): static { return new static(); }
}
class Square extends Base {
    public function area(): float { return 4.0; }
}

echo Square::create()->name(), " ", Square::create()->area(), "\n";

$attempts = [
    'interface' => fn() => new Shape(),
    'trait' => fn() => new Named(),
    'enum' => fn() => new Suit(),
    'abstract' => fn() => new Base(),
    'variable name' => function () { $c = 'Base'; return new $c(); },
    'reflection' => fn() => (new ReflectionClass('Shape'))->newInstance(),
    'reflection without ctor' => fn() => (new ReflectionClass('Base'))->newInstanceWithoutConstructor(),
    'enum via reflection' => fn() => (new ReflectionClass('Suit'))->newInstanceWithoutConstructor(),
];
foreach ($attempts as $label => $f) {
    try {
        $f();
        echo "$label: created\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach (['Shape', 'Named', 'Suit', 'Base', 'Square'] as $name) {
    echo $name, " instantiable: ", var_export((new ReflectionClass($name))->isInstantiable(), true), "\n";
}

function build(): Shape {
    return Base::create();
}
build();
echo "not reached\n";
