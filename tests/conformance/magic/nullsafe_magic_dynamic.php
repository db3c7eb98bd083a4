<?php
// Nullsafe operator combined with magic methods (__get/__isset/__call),
// dynamic property and method names, ArrayAccess results, evaluation
// order of arguments along a chain, and the non-nullsafe continuation
// after a real value turned out to be null.
function t(string $label, $v = null) { echo "  eval $label\n"; return $v; }

class Magic implements ArrayAccess {
    private array $data;
    public function __construct(array $data) { $this->data = $data; }
    public function __get($n) { echo "  __get($n)\n"; return $this->data[$n] ?? null; }
    public function __isset($n) { echo "  __isset($n)\n"; return isset($this->data[$n]); }
    public function __call($m, $args) { echo "  __call($m, ", count($args), " args)\n"; return $this->data[$m] ?? null; }
    public function offsetExists(mixed $o): bool { echo "  offsetExists($o)\n"; return isset($this->data[$o]); }
    public function offsetGet(mixed $o): mixed { echo "  offsetGet($o)\n"; return $this->data[$o] ?? null; }
    public function offsetSet(mixed $o, mixed $v): void {}
    public function offsetUnset(mixed $o): void {}
}

$leaf = new Magic(['name' => 'leaf', 'list' => [1, 2, 3]]);
$root = new Magic(['child' => $leaf, 'empty' => null]);
$none = null;

echo "-- magic get through nullsafe\n";
var_dump($root?->child?->name);
var_dump($root?->empty?->name);
var_dump($root?->child?->list[1]);
echo "-- isset with magic\n";
var_dump(isset($root?->child?->name));
var_dump(isset($root?->empty?->name));
var_dump(isset($none?->child?->name));
var_dump(empty($root?->child?->list));

echo "-- __call and argument evaluation order\n";
var_dump($root?->child(t('a1'))?->name(t('a2'), t('a3')));
var_dump($root?->empty(t('b1'))?->name(t('b2')));
var_dump($none?->x(t('never'))->y(t('never2')));

echo "-- dynamic names\n";
$p = 'child';
$m = 'child';
var_dump($root?->$p?->{'na' . 'me'});
var_dump($root?->$m()?->name);
var_dump($none?->$p);
var_dump($none?->{t('name expression', 'x')});

echo "-- ArrayAccess results\n";
var_dump($root?->child['name']);
var_dump(isset($root?->child['missing']));
var_dump($root?->empty['x'] ?? 'default');

echo "-- nullsafe result used in expressions\n";
$len = strlen($none?->name ?? 'fallback');
var_dump($len);
var_dump(match ($root?->empty?->name) { null => 'was null', default => 'other' });
$s = "name: {$root?->child?->name}";
var_dump($s);
var_dump(($none?->a) === null, is_null($none?->a()));

echo "-- chain continues without nullsafe: errors\n";
try {
    var_dump($root?->empty->name);
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    var_dump($root?->empty->name());
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "-- nullsafe on result of new and of closure call\n";
var_dump((new Magic(['k' => 'v']))?->k);
$f = fn() => null;
var_dump($f()?->anything(t('skipped')));
$g = fn() => $leaf;
var_dump($g()?->name);
