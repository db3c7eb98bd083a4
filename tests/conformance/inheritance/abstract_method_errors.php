<?php
// Abstract methods left unimplemented in a concrete class and calling
// abstract methods. The final declaration is a fatal error at run time.
abstract class Animal {
    abstract public function sound(): string;
    abstract protected function legs(): int;
    public function describe(): string {
        return static::class . " says " . $this->sound() . " on " . $this->legs() . " legs";
    }
}

interface Pet { public function owner(): string; }

abstract class Mammal extends Animal {
    protected function legs(): int { return 4; }
}

class Dog extends Mammal implements Pet {
    public function sound(): string { return "woof"; }
    public function owner(): string { return "alice"; }
}

echo (new Dog())->describe(), " (owner ", (new Dog())->owner(), ")\n";

$rm = new ReflectionMethod('Mammal', 'sound');
var_dump($rm->isAbstract(), $rm->getDeclaringClass()->getName());
var_dump((new ReflectionClass('Mammal'))->isAbstract());
foreach (['Animal', 'Mammal', 'Dog', 'Pet'] as $c) {
    $rc = new ReflectionClass($c);
    $abstract = array_map(fn($m) => $m->getName(),
        array_filter($rc->getMethods(), fn($m) => $m->isAbstract()));
    echo $c, ": ", implode(', ', $abstract) ?: '(none)', "\n";
}

try {
    $m = new Mammal();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

echo "declaring an incomplete class\n";
if (class_exists('Dog')) {
    class Cat extends Mammal implements Pet {
        public function sound(): string { return "meow"; }
    }
}
echo "not reached\n";
