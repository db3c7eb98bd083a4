<?php
// Traits using traits, and method precedence:
// class method > trait method > inherited method.
class Base {
    public function hello() { return 'Base::hello'; }
    public function who() { return 'Base::who'; }
    public function shared() { return 'Base::shared'; }
}
trait SayWorld {
    public function hello() { return 'SayWorld::hello then ' . parent::hello(); }
    public function who() { return 'SayWorld::who'; }
}
trait Exclaim {
    public function exclaim(string $s) { return $s . '!'; }
}
trait Composite {
    use SayWorld, Exclaim;
    public function composite() { return $this->exclaim($this->hello()); }
}

class Child extends Base {
    use Composite;
    public function who() { return 'Child::who (class wins over trait)'; }
}

$c = new Child();
echo $c->hello(), "\n";
echo $c->who(), "\n";
echo $c->shared(), "\n";
echo $c->composite(), "\n";
print_r(class_uses($c));
print_r(class_uses('Composite'));

// static and abstract members through composition
trait Counter {
    private static int $n = 0;
    public static function next(): int { return ++self::$n; }
}
trait Labelled {
    use Counter;
    abstract public function prefix(): string;
    public function label(): string { return $this->prefix() . self::next(); }
}
class Ticket { use Labelled; public function prefix(): string { return 'T'; } }
class Order { use Labelled; public function prefix(): string { return 'O'; } }
$t = new Ticket(); $o = new Order();
echo $t->label(), $t->label(), $o->label(), $t->label(), $o->label(), "\n";
echo Ticket::next(), Order::next(), "\n";

// trait method using static state in a function-level static variable
trait Memo {
    public function calls() { static $n = 0; return ++$n; }
}
class M1 { use Memo; }
class M2 { use Memo; }
$a = new M1(); $b = new M1(); $d = new M2();
echo $a->calls(), $b->calls(), $d->calls(), $a->calls(), "\n";
