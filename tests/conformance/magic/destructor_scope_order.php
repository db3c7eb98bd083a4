<?php
// Destruction order at the end of a function scope (parameters and locals),
// of an object owning other objects, of array elements, of objects held in
// static properties and static variables, and of globals at script end;
// a destructor calling methods on objects it owns.
class D {
    public array $owned = [];
    public function __construct(public string $name) {}
    public function own(D ...$ds): static { array_push($this->owned, ...$ds); return $this; }
    public function ping(): string { return "ping {$this->name}"; }
    public function __destruct() {
        $pings = array_map(fn(D $d) => $d->ping(), $this->owned);
        echo "destruct {$this->name}", $pings ? " (" . implode(', ', $pings) . ")" : "", "\n";
    }
}

function scope(D $param) {
    $first = new D('local first');
    $second = new D('local second');
    $third = new D('local third');
    unset($param);
    echo "end of scope()\n";
}
scope(new D('argument'));

function returns(): D {
    $keep = new D('returned');
    $drop = new D('dropped');
    return $keep;
}
echo "-- return value\n";
$r = returns();
echo "got ", $r->name, "\n";
$r = null;

echo "-- owner with members\n";
$owner = (new D('owner'))->own(new D('member 1'), new D('member 2'));
$owner = null;

echo "-- array elements\n";
$arr = ['b' => new D('elem b'), 'a' => new D('elem a'), 'c' => new D('elem c')];
unset($arr);

echo "-- overwritten in a loop\n";
for ($i = 0; $i < 3; $i++) {
    $loop = new D("loop $i");
}
echo "after loop\n";

class Registry { public static ?D $held = null; }
Registry::$held = new D('static property');
function withStatic() { static $s = null; $s ??= new D('static variable'); }
withStatic();

echo "-- globals at end\n";
$g1 = new D('global 1');
$g2 = (new D('global 2'))->own(new D('owned by global 2'));
$g3 = new D('global 3');
$g1copy = $g1;
echo "script end\n";
