<?php
// Property magic in less common shapes: the lazy-initialisation pattern
// (unset declared properties so __get fires), compound assignments and
// ??= on magic properties (__get then __set), nested writes through an
// object returned by __get, list() into magic properties, and how
// property_exists / isset / empty / array casts see magic vs declared
// vs dynamic properties.
class Lazy {
    public array $items;
    public int $count = 0;
    private string $secret = 's';
    public function __construct() { unset($this->items); }
    public function __get($n) {
        echo "  __get($n)\n";
        if ($n === 'items') { $this->items = ['loaded']; return $this->items; }
        return null;
    }
    public function __set($n, $v) {
        echo "  __set($n, ", json_encode($v), ")\n";
        if ($n === 'items') $this->items = $v; // inside the __set guard: real property
    }
    public function __isset($n) { echo "  __isset($n)\n"; return $n === 'virtual'; }
}

echo "-- lazy init via unset declared property\n";
$l = new Lazy();
var_dump(property_exists($l, 'items'), array_key_exists('items', get_object_vars($l)));
echo json_encode($l->items), "\n";
echo json_encode($l->items), "\n";
unset($l->items);
$l->items[] = 'appended';
echo json_encode($l->items ?? null), "\n";

echo "-- magic on inaccessible declared property\n";
$l->secret = 'x';
var_dump($l->secret);
var_dump(isset($l->secret), property_exists($l, 'secret'));

echo "-- compound assignment and ??= on virtual props\n";
$l->virtual .= 'suffix';
$l->virtual ??= 'default';
$l->missing ??= 'default';
$l->num += 5;
$l->num++;

echo "-- isset/empty/property_exists matrix\n";
$l->dyn = 0; // goes to __set: no dynamic property is created
foreach (['count', 'virtual', 'missing', 'dyn'] as $p) {
    echo "$p:\n";
    $i = isset($l->$p);
    $e = empty($l->$p);
    echo "  => isset=", json_encode($i), " empty=", json_encode($e), " exists=", json_encode(property_exists($l, $p)), "\n";
}

echo "-- nested writes through __get returning an object\n";
class Registry {
    private array $objs = [];
    public function __get($n) {
        echo "  Registry::__get($n)\n";
        return $this->objs[$n] ??= new ArrayObject();
    }
}
$r = new Registry();
$r->users->name = 'dyn prop on ArrayObject';
$r->users['k'] = 'offset';
$r->users['k'] .= '!';
$r->users->append('x');
echo json_encode($r->users->getArrayCopy()), " ", $r->users->name, "\n";

echo "-- list() into magic properties\n";
class Sink {
    public $real;
    public function __set($n, $v) { echo "  Sink::__set($n, $v)\n"; }
}
$s = new Sink();
[$s->real, $s->a, [$s->b, $s->c]] = [1, 2, [3, 4]];
['x' => $s->x, 'real' => $s->real] = ['x' => 'X', 'real' => 'R'];
var_dump($s->real);

echo "-- (array) cast and foreach ignore magic\n";
class MixedBag {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
    public function __get($n) { return "magic $n"; }
}
$m = new MixedBag();
$m->dynamic = 4;
foreach ((array) $m as $k => $v) echo json_encode($k), " => $v\n";
foreach ($m as $k => $v) echo "foreach $k => $v\n";
echo $m->prot, " | ", $m->priv, " | ", $m->pub, "\n";
var_dump(count((array) $m), count(get_object_vars($m)));
