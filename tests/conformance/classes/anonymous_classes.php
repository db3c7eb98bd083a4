<?php
// Anonymous classes: constructors, interfaces, extending, capturing values.
interface Greeter { public function greet(string $who): string; }

abstract class Base {
    abstract public function id(): string;
    public function describe() { return "I am " . $this->id(); }
}

$prefix = 'Hello';
$g = new class($prefix) implements Greeter {
    public function __construct(private string $prefix) {}
    public function greet(string $who): string { return "{$this->prefix}, $who!"; }
};
echo $g->greet('anon'), "\n";
var_dump($g instanceof Greeter);

$b = new class extends Base {
    public function id(): string { return 'anonymous child'; }
};
echo $b->describe(), "\n";
echo get_parent_class($b), "\n";
var_dump(str_starts_with(get_class($b), "Base@anonymous"));
var_dump(str_starts_with(get_class($g), "Greeter@anonymous"));
$plain = new class {};
var_dump(str_starts_with(get_class($plain), "class@anonymous"));
var_dump((new ReflectionClass($g))->isAnonymous());

// the same declaration site gives the same class each time
function make() {
    return new class { public $n = 0; };
}
$m1 = make();
$m2 = make();
var_dump(get_class($m1) === get_class($m2), $m1 == $m2, $m1 === $m2);

// different sites give different classes
$o1 = new class { };
$o2 = new class { };
var_dump(get_class($o1) === get_class($o2));

// nested use inside a method with static members
class Factory {
    public static function counter() {
        return new class {
            public static int $made = 0;
            public function __construct() { self::$made++; }
        };
    }
}
$c1 = Factory::counter();
$c2 = Factory::counter();
echo $c1::$made, "\n";
