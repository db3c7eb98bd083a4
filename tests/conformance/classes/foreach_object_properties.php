<?php
// foreach over plain objects: which properties are visible from which
// scope (including a parent's private property shadowed by the child),
// uninitialised typed properties being skipped, iteration by reference
// (typed properties keep their type through the reference), and adding
// or removing properties while iterating.
#[AllowDynamicProperties]
class Base {
    public $pub = 'base pub';
    protected $prot = 'base prot';
    private $priv = 'base priv';
    public int $typed;
    public ?int $nullable = null;
    public function iterBase(): array { $r = []; foreach ($this as $k => $v) $r[] = "$k=" . json_encode($v); return $r; }
}
#[AllowDynamicProperties]
class Child extends Base {
    private $priv = 'child priv';
    public $own = 'child own';
    public function iterChild(): array { $r = []; foreach ($this as $k => $v) $r[] = "$k=" . json_encode($v); return $r; }
    public function doubleAll(): void {
        foreach ($this as $k => &$v) {
            if (is_string($v)) $v = "$v*2";
        }
    }
}

$c = new Child();
$c->dyn = 'dynamic';
$c->{'7'} = 'numeric name';
echo "-- outside scope\n";
foreach ($c as $k => $v) echo var_export($k, true), " => ", json_encode($v), "\n";
echo "-- Base scope\n";
echo implode("\n", $c->iterBase()), "\n";
echo "-- Child scope\n";
echo implode("\n", $c->iterChild()), "\n";

echo "-- initialising the typed property makes it appear\n";
$c->typed = 5;
echo implode(' ', array_keys(get_object_vars($c))), "\n";

echo "-- by reference from inside\n";
$c->doubleAll();
echo implode("\n", $c->iterBase()), "\n";

echo "-- by reference from outside: typed properties keep their type\n";
$b = new Base();
$b->typed = 1;
try {
    foreach ($b as $k => &$v) {
        if ($k === 'nullable') $v = "12";      // coerced to int
        if ($k === 'typed') $v = 'not a number';
    }
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
unset($v);
var_dump($b->nullable, $b->typed);

echo "-- modifying the object during iteration\n";
$o = new stdClass;
$o->a = 1; $o->b = 2; $o->c = 3;
foreach ($o as $k => $v) {
    echo "visit $k=$v\n";
    if ($k === 'a') { unset($o->b); $o->d = 4; }
}
echo json_encode($o), "\n";
$o2 = new stdClass;
$o2->x = 1; $o2->y = 2;
foreach ($o2 as $k => &$v) {
    echo "ref visit $k=$v\n";
    if ($k === 'x') $o2->z = 3;
    $v *= 10;
}
unset($v);
echo json_encode($o2), "\n";

echo "-- iterating a copy of the handle vs a clone\n";
$p = new stdClass;
$p->one = 1;
$alias = $p;
foreach ($alias as $k => $v) { $p->two = 2; echo "$k "; }
echo "\n", json_encode($p), "\n";

echo "-- nested foreach over the same object\n";
$n = new stdClass;
$n->a = 1; $n->b = 2;
foreach ($n as $k1 => $v1) {
    foreach ($n as $k2 => $v2) echo "$k1$k2 ";
}
echo "\n";
echo "-- list() in foreach over object values\n";
$pts = new stdClass;
$pts->p1 = [1, 2];
$pts->p2 = [3, 4];
foreach ($pts as $name => [$x, $y]) echo "$name: ", $x + $y, "\n";
