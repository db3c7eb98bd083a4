<?php
// clone of object graphs: shared sub-objects, cycles, arrays of objects,
// PHP references inside properties (they stay shared between original and
// clone), deep-copy __clone that preserves sharing via a map, and
// readonly properties under clone (PHP 8.2 rules).
class Node {
    public array $children = [];
    public ?Node $parent = null;
    public function __construct(public string $name) {}
    public function add(Node $c): static { $c->parent = $this; $this->children[] = $c; return $this; }
}

echo "-- shallow clone shares children and keeps parent pointers\n";
$root = (new Node('root'))->add(new Node('a'))->add(new Node('b'));
$copy = clone $root;
$copy->name = 'copy';
$copy->children[] = new Node('c');
echo count($root->children), " ", count($copy->children), "\n";
var_dump($copy->children[0] === $root->children[0]);
echo $copy->children[0]->parent->name, "\n";

echo "-- references inside properties survive clone\n";
class Box { public $value; public array $list = []; }
$shared = 1;
$b1 = new Box();
$b1->value = &$shared;
$b1->list = [1, 2];
$b1->list[1] = &$shared;
$b2 = clone $b1;
$shared = 99;
var_dump($b1->value, $b2->value, $b2->list[1]);
$b2->value = 'changed via clone';
var_dump($b1->value, $shared);

echo "-- deep clone preserving sharing and cycles\n";
class Graph {
    public array $nodes = [];
    public function __clone() {
        $map = new SplObjectStorage();
        foreach ($this->nodes as $n) $map[$n] = clone $n;
        foreach ($this->nodes as $k => $n) {
            $c = $map[$n];
            foreach ($c->children as $i => $child) {
                if (isset($map[$child])) $c->children[$i] = $map[$child];
            }
            if ($c->parent !== null && isset($map[$c->parent])) $c->parent = $map[$c->parent];
            $this->nodes[$k] = $c;
        }
    }
}
$g = new Graph();
$x = new Node('x'); $y = new Node('y');
$x->add($y);
$y->children[] = $x; // cycle
$g->nodes = ['x' => $x, 'y' => $y, 'alias' => $x];
$h = clone $g;
var_dump($h->nodes['x'] === $g->nodes['x']);
var_dump($h->nodes['x'] === $h->nodes['alias']);
var_dump($h->nodes['y']->parent === $h->nodes['x']);
var_dump($h->nodes['y']->children[0] === $h->nodes['x']);
$h->nodes['x']->name = 'x2';
echo $g->nodes['x']->name, " ", $h->nodes['alias']->name, "\n";

echo "-- readonly and clone\n";
final class Money {
    public readonly array $history;
    public function __construct(public readonly int $amount, public readonly Node $owner) {}
    public function with(int $amount): static {
        $c = clone $this;
        try {
            $c->amount = $amount;
        } catch (Error $e) {
            echo "  with(): ", $e->getMessage(), "\n";
        }
        return $c;
    }
    public function initHistory(array $h): static {
        $c = clone $this;
        $c->history = $h; // uninitialized readonly: initialising the clone is allowed
        return $c;
    }
}
$m = new Money(5, new Node('owner'));
$m2 = $m->with(10);
echo $m2->amount, "\n";
$m3 = $m->initHistory(['created']);
print_r($m3->history);
try {
    echo count($m->history);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    $m3->initHistory(['again']);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$m2->owner->name = 'owner renamed'; // interior mutability
echo $m->owner->name, "\n";
var_dump($m->owner === $m3->owner);

class Stamp {
    public function __construct(public readonly int $n) {}
    public function __clone() {
        echo "  __clone sees n={$this->n}\n";
        try { $this->n++; } catch (Error $e) { echo "  ", $e->getMessage(), "\n"; }
    }
}
$s2 = clone new Stamp(1);
var_dump($s2->n);
var_dump($s2 == new Stamp(1), $s2 === new Stamp(1));
