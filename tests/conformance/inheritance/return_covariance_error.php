<?php
// A child method whose return type is wider than the parent's (not
// covariant) is a fatal error. Checking it needs the classes Dog and Animal,
// so the child is linked at run time when its declaration is reached:
// "start" is printed before the error.
echo "start\n";

interface Animal {}
class Dog implements Animal {}

class Shelter {
    public function adopt(): Dog { return new Dog(); }
    public function all(): array { return []; }
}

class BadShelter extends Shelter {
    public function all(): array { return [1]; }          // fine: identical
    public function adopt(): Animal { return new Dog(); }   // wider: error
}

echo "not reached\n";
