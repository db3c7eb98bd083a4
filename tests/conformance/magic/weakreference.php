<?php
// WeakReference::create and get().
class Obj {
    public function __construct(public int $id) {}
    public function __destruct() { echo "destroy {$this->id}\n"; }
}

$o = new Obj(1);
$w = WeakReference::create($o);
var_dump($w->get() === $o, $w->get()->id);
$w2 = WeakReference::create($o);
var_dump($w === $w2);

$copy = $o;
unset($o);
echo "still alive via copy: ", $w->get()?->id, "\n";
unset($copy);
var_dump($w->get());

// weak reference to an object in an array
$list = [new Obj(2), new Obj(3)];
$refs = array_map(fn($x) => WeakReference::create($x), $list);
array_shift($list);
echo "after shift: ", implode(',', array_map(fn($r) => $r->get()?->id ?? 'gone', $refs)), "\n";
$list = [];
echo "after clear: ", implode(',', array_map(fn($r) => $r->get()?->id ?? 'gone', $refs)), "\n";

// a cache based on weak references
class Cache {
    private array $refs = [];
    public function put(string $k, object $v) { $this->refs[$k] = WeakReference::create($v); }
    public function get(string $k): ?object { return ($this->refs[$k] ?? null)?->get(); }
}
$cache = new Cache();
$x = new Obj(4);
$cache->put('x', $x);
var_dump($cache->get('x')?->id, $cache->get('nope'));
$x = null;
var_dump($cache->get('x'));

try {
    new WeakReference();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    WeakReference::create('not an object');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    serialize(WeakReference::create(new stdClass()));
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$last = new Obj(5);
$wl = WeakReference::create($last);
echo "end of script\n";
