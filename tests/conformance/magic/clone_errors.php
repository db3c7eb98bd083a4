<?php
// clone edge cases: private/protected __clone called from inside and
// outside the class, clone of non-objects, uncloneable internal objects,
// an exception thrown by __clone (the copy is discarded and destroyed),
// clones of closures, enums (error) and of objects with dynamic properties.
class Singleton {
    private static ?Singleton $instance = null;
    private function __clone() { echo "Singleton::__clone\n"; }
    public static function get(): static { return self::$instance ??= new static(); }
    public function copy(): static { return clone $this; }
}
class ProtectedClone {
    protected function __clone() {}
}
class ChildClone extends ProtectedClone {
    public function dup(): static { return clone $this; }
}
class Fragile {
    public function __construct(public string $tag) {}
    public function __clone() {
        echo "Fragile::__clone ({$this->tag})\n";
        $this->tag .= ' copy';
        if ($this->tag === 'bad copy') {
            throw new LogicException("cannot clone {$this->tag}");
        }
    }
    public function __destruct() { echo "destruct {$this->tag}\n"; }
}
enum Flag { case On; }

function attempt(string $label, callable $f): void {
    try {
        $r = $f();
        echo "$label: ", is_object($r) ? 'object ' . get_class($r) : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

attempt('private __clone from outside', fn() => clone Singleton::get());
attempt('private __clone from inside', fn() => Singleton::get()->copy());
attempt('protected __clone from outside', fn() => clone new ChildClone());
attempt('protected __clone from subclass', fn() => (new ChildClone())->dup());
attempt('clone int', function () { $x = 5; return clone $x; });
attempt('clone null', function () { $x = null; return clone $x; });
attempt('clone array', function () { $x = [new stdClass()]; return clone $x; });
attempt('clone generator', function () { $g = (function () { yield 1; })(); return clone $g; });
attempt('clone enum', fn() => clone Flag::On);
attempt('clone closure', function () { $f = fn($x) => $x * 2; $g = clone $f; return $g(21); });

echo "-- __clone succeeding\n";
$ok = new Fragile('good');
$copy = clone $ok;
echo $copy->tag, "\n";
unset($copy);
echo "-- __clone throwing\n";
$bad = new Fragile('bad');
attempt('throwing __clone', fn() => clone $bad);
echo $bad->tag, "\n";

echo "-- dynamic properties are copied\n";
$s = new stdClass();
$s->a = [1];
$s->o = new stdClass();
$c = clone $s;
$c->a[] = 2;
$c->o->changed = true;
var_dump($s == $c, $s->a, isset($s->o->changed));
echo "end\n";
