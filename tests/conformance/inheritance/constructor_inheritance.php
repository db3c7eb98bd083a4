<?php
// Constructors: inheritance, parent::__construct, private constructors.
class Base {
    public array $trace = [];
    public function __construct(public string $name = 'base') {
        $this->trace[] = "Base::__construct({$name})";
    }
}
class NoCtor extends Base {}
class WithCtor extends Base {
    public function __construct(int $n) {
        $this->trace[] = "WithCtor::__construct($n)";
        parent::__construct("with-$n");
    }
}
class SkipsParent extends Base {
    public function __construct() {
        $this->trace[] = "SkipsParent (parent not called)";
    }
}

print_r((new NoCtor())->trace);
print_r((new NoCtor('named'))->trace);
$w = new WithCtor(3);
print_r($w->trace);
echo $w->name, "\n";
$s = new SkipsParent();
print_r($s->trace);
try {
    echo $s->name, "\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

// private constructor: singleton
final class Singleton {
    private static ?Singleton $instance = null;
    public static int $made = 0;
    private function __construct() { self::$made++; }
    public static function get(): self { return self::$instance ??= new self(); }
}
var_dump(Singleton::get() === Singleton::get(), Singleton::$made);
try {
    new Singleton();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

// protected constructor callable from a subclass factory
class Proto {
    protected function __construct(public int $v) {}
}
class ProtoChild extends Proto {
    public static function make(int $v) { return new Proto($v); }
}
echo ProtoChild::make(5)->v, "\n";

// calling the constructor again as a method
$b = new Base('first');
$b->__construct('second');
print_r($b->trace);
echo $b->name, "\n";

// constructor signature may differ freely from the parent's
class Different extends WithCtor {
    public function __construct(string $a, string $b) { parent::__construct(strlen($a . $b)); }
}
print_r((new Different('ab', 'cde'))->trace);
// new with arguments but no constructor at all
class Empty_ {}
var_dump(new Empty_(1, 2, 3) instanceof Empty_);
