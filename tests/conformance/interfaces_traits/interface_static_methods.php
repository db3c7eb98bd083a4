<?php
// Interfaces with static methods, constructors and default parameters;
// the implementing class must honour them. Missing methods are fatal.
interface Factory {
    public static function create(string ...$args): static;
    public function __construct(string $name);
}
interface Named {
    public function name(string $prefix = ''): string;
}

class Thing implements Factory, Named {
    public function __construct(private string $name) {}
    public static function create(string ...$args): static { return new static(implode('-', $args)); }
    public function name(string $prefix = '', string $suffix = ''): string { return $prefix . $this->name . $suffix; }
}
class Gadget extends Thing {}

$t = Thing::create('a', 'b');
echo get_class($t), " ", $t->name(), " ", $t->name('<', '>'), "\n";
$g = Gadget::create('x');
echo get_class($g), " ", $g->name('g:'), "\n";

function build(string $class): Factory { return $class::create('built'); }
echo build('Gadget')->name(), "\n";

$rm = new ReflectionMethod('Factory', 'create');
var_dump($rm->isStatic(), $rm->isAbstract());
var_dump((new ReflectionClass('Named'))->isInterface());
print_r(get_class_methods('Factory'));

try {
    Factory::create();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

echo "class missing an interface method:\n";
if (interface_exists('Named')) {
    class Incomplete implements Named {
        public function other() {}
    }
}
echo "not reached\n";
