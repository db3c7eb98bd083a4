<?php
// State introduced by traits is per using class: static properties and
// static variables inside trait methods. Subclasses of a using class share
// the parent's copy; a subclass using the trait again gets its own methods
// (and static variables) but keeps sharing the inherited static property. Also
// __CLASS__/self::class/static::class and __TRAIT__ inside trait methods, a
// trait constructor, and private abstract trait methods.
trait Counts {
    public static int $instances = 0;
    private array $events = [];
    public function __construct() {
        static::$instances++;
        $this->events[] = 'constructed';
    }
    public function tick(): int {
        static $ticks = 0;
        return ++$ticks;
    }
    public static function where(): string {
        return __TRAIT__ . ' in ' . __CLASS__ . ' / self=' . self::class . ' / static=' . static::class;
    }
    abstract private function id(): string;
    public function describe(): string { return $this->id() . ' ' . json_encode($this->events); }
}
class Apple { use Counts; private function id(): string { return 'apple'; } }
class Pear { use Counts; private function id(): string { return 'pear'; } }
class GreenApple extends Apple {}
class OwnCopy extends Apple { use Counts; private function id(): string { return 'own'; } }

new Apple(); new Apple(); new Pear(); new GreenApple();
$o = new OwnCopy();
echo "Apple=", Apple::$instances, " Pear=", Pear::$instances, " GreenApple=", GreenApple::$instances,
    " OwnCopy=", OwnCopy::$instances, "\n";
GreenApple::$instances = 100;
echo "after GreenApple::\$instances = 100: Apple=", Apple::$instances, "\n";

echo "-- static variables in trait methods\n";
$a = new Apple();
$p = new Pear();
$g = new GreenApple();
echo $a->tick(), $a->tick(), " ", $p->tick(), " ", $g->tick(), $g->tick(), " ", $o->tick(), "\n";
echo (new Apple())->tick(), "\n";

echo "-- magic constants\n";
echo Apple::where(), "\n";
echo GreenApple::where(), "\n";
echo OwnCopy::where(), "\n";
echo $a->describe(), " ", $o->describe(), "\n";

echo "-- reflection of the copied members\n";
foreach (['Apple', 'GreenApple', 'OwnCopy'] as $cls) {
    $rp = new ReflectionProperty($cls, 'instances');
    $rm = new ReflectionMethod($cls, 'tick');
    echo $cls, ": \$instances declared in ", $rp->getDeclaringClass()->getName(),
        ", tick() declared in ", $rm->getDeclaringClass()->getName(),
        ", statics ", json_encode($rm->getStaticVariables()), "\n";
}
echo "-- static property on the trait itself (deprecated access)\n";
echo Counts::$instances, "\n";
