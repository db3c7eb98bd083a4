<?php
// `static` return types: the called class, a subclass of it, the declaring class when called on
// a subclass (a TypeError), nullable static, and static from a static method.
class A {
    public function self(): static { return $this; }
    public function base(): static { return new A; }
    public static function create(): static { return new static; }
    public function maybe(bool $none): ?static { return $none ? null : $this; }
    public function other(): static { return new Unrelated; }
}
class B extends A {}
class C extends B {}
class Unrelated {}
foreach ([new A, new B, new C] as $o) {
    echo get_class($o->self()), ' ', get_class($o::create()), ' ', var_export($o->maybe(true), true), ' ', get_class($o->maybe(false)), ' ';
    try { echo get_class($o->base()), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $o->other(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$f = Closure::bind(function (): static { return new B; }, null, B::class);
echo get_class($f()), "\n";
$g = Closure::bind(function (): static { return new A; }, null, B::class);
try { $g(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
