<?php
// Generators as methods (instance and static), closures and arrow
// functions; $this and static inside generator bodies.
class Tree {
    private array $children = [];
    public function __construct(public string $label) {}
    public function add(Tree ...$c): static { array_push($this->children, ...$c); return $this; }
    public function walk(int $depth = 0): Generator {
        yield $depth => $this->label;
        foreach ($this->children as $child) {
            yield from $child->walk($depth + 1);
        }
    }
    public function leaves(): iterable {
        if (!$this->children) { yield $this->label; return; }
        foreach ($this->children as $c) yield from $c->leaves();
    }
    public static function range(int $n): Generator {
        for ($i = 0; $i < $n; $i++) yield static::class . "#$i";
    }
}
class SubTree extends Tree {}

$t = (new Tree('root'))->add(
    (new Tree('a'))->add(new Tree('a1'), new Tree('a2')),
    new Tree('b'),
    (new Tree('c'))->add((new Tree('c1'))->add(new Tree('c1x'))),
);
foreach ($t->walk() as $depth => $label) {
    echo str_repeat('  ', $depth), $label, "\n";
}
echo implode(',', iterator_to_array($t->leaves(), false)), "\n";
echo implode(',', iterator_to_array(SubTree::range(3))), "\n";

// closures returning generators capture by value at creation
$prefix = 'p';
$gen = function (int $n) use ($prefix) {
    for ($i = 0; $i < $n; $i++) yield "$prefix$i";
};
$prefix = 'changed';
echo implode(' ', iterator_to_array($gen(3))), "\n";

// arrow function returning a generator created by a nested closure
$make = fn($n) => (function () use ($n) { yield from range(1, $n); })();
echo array_sum(iterator_to_array($make(10))), "\n";

// a generator method using $this keeps the object alive
class Source {
    public function __construct(private array $items) {}
    public function __destruct() { echo "Source destroyed\n"; }
    public function each() { foreach ($this->items as $i) yield $i; }
}
$it = (new Source(['x', 'y']))->each();
echo "object unreferenced but generator alive\n";
foreach ($it as $v) echo $v, "\n";
unset($it);
echo "after generator unset\n";

// ReflectionFunction knows generators
var_dump((new ReflectionMethod('Tree', 'walk'))->isGenerator(), (new ReflectionFunction($gen))->isGenerator());
var_dump((new ReflectionMethod('Tree', 'add'))->isGenerator());
