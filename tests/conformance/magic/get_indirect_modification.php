<?php
// __get returning by value vs by reference: writes to array elements of an
// overloaded property ("Indirect modification" notice), &__get allowing
// them; recursion guards (accessing the same name inside __get/__set uses
// the real property); __isset consulted by isset/empty/??, and __get then
// called by empty and ??; __unset with the guard; magic on inaccessible
// (private) declared properties.
class ByValue {
    private array $data = ['list' => [1]];
    public function __get($n) { echo "  __get($n)\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "  __set($n)\n"; $this->data[$n] = $v; }
}
class ByRef {
    private array $data = ['list' => [1]];
    public function &__get($n) { echo "  &__get($n)\n"; if (!isset($this->data[$n])) { $this->data[$n] = null; } return $this->data[$n]; }
    public function dump() { echo json_encode($this->data), "\n"; }
}
class Guarded {
    public function __get($n) { echo "  __get($n)\n"; return $this->$n; }
    public function __set($n, $v) { echo "  __set($n)\n"; $this->$n = strtoupper($v); }
    public function __isset($n) { echo "  __isset($n)\n"; return $n !== 'never'; }
    public function __unset($n) { echo "  __unset($n)\n"; unset($this->$n); }
}
class Hidden {
    private $secret = 'private value';
    protected $prot = 'protected value';
    public function __get($n) { return "__get sees $n = " . $this->$n; }
}

echo "by value:\n";
$v = new ByValue();
$v->list[] = 2;
var_dump($v->list);
$v->list = [5];
$v->count = 1;
$v->count++;
var_dump($v->count);

echo "by reference:\n";
$r = new ByRef();
$r->list[] = 2;
$r->fresh['k'] = 'v';
$ref = &$r->list;
$ref[] = 3;
$r->dump();

echo "guards:\n";
$g = new Guarded();
$g->name = 'abc';
var_dump($g->name);
echo "  (declared dynamically inside __set, now a real property)\n";
$g->name = 'again';
var_dump($g->name);
var_dump($g->missing);
echo "isset/empty/??:\n";
$g2 = new Guarded();
var_dump(isset($g2->never), isset($g2->other));
var_dump(empty($g2->other));
var_dump($g2->never ?? 'fallback');
unset($g2->gone);

echo "inaccessible declared properties:\n";
$h = new Hidden();
echo $h->secret, "\n", $h->prot, "\n";
var_dump(isset($h->secret), property_exists($h, 'secret'));
