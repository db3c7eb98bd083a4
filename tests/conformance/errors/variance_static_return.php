<?php
// A method returning static overridden with one returning a parent class: the error says
// "static", as written.
abstract class A {
    abstract public function duplicate(): static;
}
class C extends A {
    public function duplicate(): static { return clone $this; }
}
eval('class B extends C { public function duplicate(): A { return new C; } }');
