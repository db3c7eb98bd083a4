<?php
// readonly edge cases: initialisation from a child class scope (an error in
// 8.2), unset() before initialisation for lazy loading through __get,
// modification inside __clone (an error in 8.2), foreach by reference,
// ??= / array writes, readonly objects in readonly properties, and
// isset/empty on uninitialised readonly properties.
class Base {
    public readonly int $a;
    protected readonly array $list;
    public function __construct() { $this->list = [1, 2]; }
    public function list(): array { return $this->list; }
}
class Child extends Base {
    public function __construct() {
        parent::__construct();
    }
    public function initA(int $v): void { $this->a = $v; }
    public function push(int $v): void { $this->list[] = $v; }
}

function attempt(string $label, callable $f): void {
    try {
        $r = $f();
        echo "$label: ok ", json_encode($r), "\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$c = new Child();
attempt('init from child scope', fn() => $c->initA(1));
attempt('append from child scope', fn() => $c->push(3));
var_dump(isset($c->a), empty($c->a), $c->list());

// lazy initialisation: unset an uninitialised readonly property in the
// constructor so that __get is called on first access
class Lazy {
    public readonly string $value;
    public function __construct(private Closure $loader) { unset($this->value); }
    public function __get(string $name): mixed {
        echo "__get($name)\n";
        $this->$name = ($this->loader)();
        return $this->$name;
    }
}
$l = new Lazy(fn() => 'loaded');
echo $l->value, "\n";
echo $l->value, "\n";
attempt('unset after init', function () use ($l) { unset($l->value); });

class Point {
    public function __construct(public readonly int $x, public readonly int $y) {}
    public function __clone() { $this->x = 0; }
}
$p = new Point(1, 2);
attempt('modify in __clone', fn() => clone $p);

class Bag {
    public function __construct(public readonly array $items, public readonly ?Point $origin = null) {}
}
$b = new Bag(['a' => 1, 'b' => 2], new Point(3, 4));
attempt('foreach by reference', function () use ($b) { foreach ($b->items as &$v) { $v++; } });
attempt('foreach by value', function () use ($b) { $s = 0; foreach ($b->items as $v) { $s += $v; } return $s; });
attempt('??= on set element', function () use ($b) { $b->items['a'] ??= 5; return $b->items; });
attempt('??= on missing element', function () use ($b) { $b->items['z'] ??= 5; });
attempt('nested readonly object prop', function () use ($b) { $b->origin->x = 9; });
attempt('array_push by reference', function () use ($b) { array_push($b->items, 3); });
attempt('uninitialised read', fn() => (new ReflectionClass('Base'))->newInstanceWithoutConstructor()->a);
$copy = clone $b;
var_dump($copy->origin === $b->origin, $copy->items);
