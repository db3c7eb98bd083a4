<?php
// Late static binding: forwarding vs non-forwarding calls.
class A {
    public static function create() { return static::class; }
    public static function name() { return 'A'; }
    public static function test() {
        return implode(' ', [
            'static:' . static::name(),
            'self:' . self::name(),
            'A::' . A::name(),
            'called:' . get_called_class(),
        ]);
    }
    public static function forward() {
        return [self::create(), static::create(), A::create()];
    }
}

class B extends A {
    public static function name() { return 'B'; }
    public static function viaParent() { return parent::test(); }
    public static function viaSelf() { return self::test(); }
    public static function viaName() { return A::test(); }
    public static function viaCallUserFunc() {
        return [
            call_user_func('parent::test'),
            call_user_func([static::class, 'test']),
            forward_static_call(['A', 'test']),
            call_user_func(['A', 'test']),
        ];
    }
}
class C extends B {
    public static function name() { return 'C'; }
}

echo A::test(), "\n";
echo B::test(), "\n";
echo C::test(), "\n";
echo C::viaParent(), "\n";
echo C::viaSelf(), "\n";
echo C::viaName(), "\n";
print_r(C::viaCallUserFunc());
print_r(C::forward());

// instance context: static refers to the runtime class of $this
class Repo {
    public function make() { return new static(); }
    public function label() { return static::class . ' via ' . self::class; }
}
class UserRepo extends Repo {}
$u = new UserRepo();
echo get_class($u->make()), " | ", $u->label(), "\n";

// static properties with LSB
class Registry {
    protected static array $items = [];
    public static function add($x) { static::$items[] = $x; return count(static::$items); }
}
class SubRegistry extends Registry {
    protected static array $items = ['pre'];
}
echo Registry::add(1), " ", SubRegistry::add(2), " ", SubRegistry::add(3), " ", Registry::add(4), "\n";

// static:: in a closure bound to a different class scope
$f = function () { return static::class; };
echo Closure::bind($f, null, C::class)(), "\n";
$g = fn() => static::name();
echo Closure::bind($g, null, B::class)(), "\n";
