<?php
// clone is shallow by default; __clone implements deep copies.
class Address {
    public function __construct(public string $city) {}
}
class Person {
    public array $tags = ['a'];
    public function __construct(public string $name, public Address $address) {}
}
class DeepPerson extends Person {
    public static int $clones = 0;
    public function __clone() {
        self::$clones++;
        $this->address = clone $this->address;
        $this->name .= ' (copy)';
    }
}

$p = new Person('Ann', new Address('Paris'));
$q = clone $p;
$q->name = 'Bob';
$q->address->city = 'Rome';
$q->tags[] = 'b';
echo "$p->name {$p->address->city} ", implode(',', $p->tags), "\n";
echo "$q->name {$q->address->city} ", implode(',', $q->tags), "\n";
var_dump($p->address === $q->address);

$d = new DeepPerson('Cy', new Address('Oslo'));
$e = clone $d;
$e->address->city = 'Bergen';
echo "$d->name {$d->address->city}\n";
echo "$e->name {$e->address->city}\n";
var_dump($d->address === $e->address, DeepPerson::$clones);
$f = clone $e;
echo $f->name, " ", DeepPerson::$clones, "\n";

// arrays inside objects are copied on write, even holding objects
class Holder { public array $items = []; }
$h = new Holder();
$h->items[] = new Address('X');
$h2 = clone $h;
$h2->items[0]->city = 'Y';
$h2->items[] = new Address('Z');
echo count($h->items), " ", $h->items[0]->city, " ", count($h2->items), "\n";

// references inside objects survive cloning as references
$shared = 1;
$r = new Holder();
$r->items['ref'] = &$shared;
$r2 = clone $r;
$shared = 99;
var_dump($r2->items['ref']);

// __clone may not be public; cloning a non-object is an error
class NoClone { private function __clone() {} }
try {
    clone new NoClone();
} catch (Error $ex) {
    echo $ex->getMessage(), "\n";
}
try {
    $x = 5;
    clone $x;
} catch (Error $ex) {
    echo $ex->getMessage(), "\n";
}
$cl = clone (fn() => 1);
echo $cl(), "\n";
