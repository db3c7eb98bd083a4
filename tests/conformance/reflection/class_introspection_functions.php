<?php
// get_class, get_parent_class, class_exists, method_exists,
// property_exists, get_object_vars, get_class_methods, get_class_vars:
// results that depend on the calling scope.
class Animal {
    public $name = 'generic';
    protected $sound = '...';
    private $secret = 'animal secret';
    public static $kingdom = 'animalia';
    public function speak() {}
    protected function breathe() {}
    private function digest() {}
    public static function create() {}
    public function varsFromInside() { return get_object_vars($this); }
    public function methodsFromInside() { return get_class_methods($this); }
    public function classInside() { return [get_class(), get_class($this), get_parent_class(), static::class]; }
}
class Dog extends Animal {
    public $breed = 'mutt';
    private $chip = 123;
    public function fetch() {}
    public function dogVars() { return get_object_vars($this); }
}

$d = new Dog();
$d->dynamic = 'dyn';
echo get_class($d), " ", get_parent_class($d), " ", var_export(get_parent_class(new Animal()), true), "\n";
print_r($d->classInside());
echo "global scope vars:\n";
print_r(get_object_vars($d));
echo "Animal scope vars:\n";
print_r($d->varsFromInside());
echo "Dog scope vars:\n";
print_r($d->dogVars());
echo "methods from outside:\n";
print_r(get_class_methods('Dog'));
echo "methods from Animal scope:\n";
print_r($d->methodsFromInside());
echo "class vars:\n";
print_r(get_class_vars('Dog'));

foreach (['speak', 'breathe', 'digest', 'DIGEST', 'fetch', 'create', 'nope'] as $m) {
    echo "method_exists($m): ", var_export(method_exists($d, $m), true), " / class: ", var_export(method_exists('Dog', $m), true), "\n";
}
foreach (['name', 'sound', 'secret', 'chip', 'kingdom', 'dynamic', 'NAME'] as $p) {
    echo "property_exists($p): ", var_export(property_exists($d, $p), true), " / class: ", var_export(property_exists('Dog', $p), true), "\n";
}
var_dump(class_exists('dog'), class_exists('Animal', false), class_exists('Nope'), class_exists('Traversable'), interface_exists('Traversable'));
try {
    get_class();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    get_parent_class('NoSuchClass');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(method_exists('NoSuchClass', 'x'), property_exists('NoSuchClass', 'x'));
try {
    get_class_methods('Nope');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
