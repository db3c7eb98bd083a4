<?php
// readonly properties: initialisation once, from inside the class scope only.
class User {
    public readonly int $id;
    public readonly array $roles;

    public function __construct(int $id, public readonly string $name = 'anon') {
        $this->id = $id;
        $this->roles = ['user'];
    }
    public function rename(string $n): void {
        $this->name = $n;
    }
    public function withId(int $id): static {
        $c = clone $this;
        try {
            $c->id = $id;
        } catch (Error $e) {
            echo "clone: ", $e->getMessage(), "\n";
        }
        return $c;
    }
}

class Lazy {
    public readonly int $value;
    public function init(int $v): void { $this->value = $v; }
}

$u = new User(7, 'ann');
var_dump($u->id, $u->name, $u->roles);

$tries = [
    'assign' => fn() => $u->id = 8,
    'rename' => fn() => $u->rename('bob'),
    'append' => function () use ($u) { $u->roles[] = 'admin'; },
    'increment' => function () use ($u) { $u->id++; },
    'unset' => function () use ($u) { unset($u->name); },
    'reference' => function () use ($u) { $r = &$u->id; },
    'clone' => fn() => $u->withId(9),
];
foreach ($tries as $label => $fn) {
    try {
        $fn();
        echo "$label: ok\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($u->id, $u->roles);

$l = new Lazy();
var_dump(isset($l->value));
try {
    $l->value = 3;
} catch (Error $e) {
    echo "outside init: ", $e->getMessage(), "\n";
}
$l->init(5);
var_dump($l->value);
try {
    $l->init(6);
} catch (Error $e) {
    echo "second init: ", $e->getMessage(), "\n";
}
print_r($l);
echo "\n";

// readonly objects are not deeply immutable
class Holder { public function __construct(public readonly ArrayObject $box) {} }
$h = new Holder(new ArrayObject([1]));
$h->box[] = 2;
var_dump(count($h->box));
