<?php
// One class implementing ArrayAccess, IteratorAggregate, Countable,
// JsonSerializable and Stringable, used by language constructs and
// internal functions: isset/empty, list() destructuring, spread, nested
// writes (indirect modification notice), array functions that reject it.
class Bag implements ArrayAccess, IteratorAggregate, Countable, JsonSerializable, Stringable {
    private array $data = [];
    public function __construct(array $init = []) { $this->data = $init; }
    public function offsetExists(mixed $k): bool { echo "  exists($k)\n"; return isset($this->data[$k]); }
    public function offsetGet(mixed $k): mixed { echo "  get($k)\n"; return $this->data[$k] ?? null; }
    public function offsetSet(mixed $k, mixed $v): void {
        echo "  set(", var_export($k, true), ")\n";
        if ($k === null) { $this->data[] = $v; } else { $this->data[$k] = $v; }
    }
    public function offsetUnset(mixed $k): void { echo "  unset($k)\n"; unset($this->data[$k]); }
    public function getIterator(): Iterator { return new ArrayIterator($this->data); }
    public function count(): int { return count($this->data); }
    public function jsonSerialize(): mixed { return ['bag' => $this->data]; }
    public function __toString(): string { return 'Bag(' . implode(',', array_keys($this->data)) . ')'; }
}

$b = new Bag(['a' => 1, 'z' => 0, 'n' => null, 'list' => [1, 2]]);
echo "isset:\n";
var_dump(isset($b['a']), isset($b['n']), isset($b['missing']));
echo "empty:\n";
var_dump(empty($b['a']), empty($b['z']));
echo "null coalescing:\n";
var_dump($b['missing'] ?? 'default');
echo "append and write:\n";
$b[] = 'pushed';
$b['k'] = 'v';
unset($b['z']);
echo "nested write:\n";
$b['list'][] = 3;
var_dump($b['list']);
echo "destructuring:\n";
['a' => $x, 'k' => $y] = $b;
var_dump($x, $y);
echo "count/json/string:\n";
echo count($b), " ", json_encode($b), " ", $b, " ", strlen($b), "\n";
echo "iteration:\n";
foreach ($b as $k => $v) { echo "$k=", json_encode($v), " "; }
echo "\n";
print_r(iterator_to_array($b));
echo "spread of values: ";
$list = new Bag([10, 20, 30]);
var_dump(max(...$list));
var_dump([...$list, 40]);
echo "interfaces: ", implode(', ', class_implements($b)), "\n";
foreach ([
    'array_key_exists' => fn() => array_key_exists('a', $b),
    'array_keys' => fn() => array_keys($b),
    'in_array' => fn() => in_array(1, $b),
    'sort' => function () use ($b) { $c = $b; return sort($c); },
] as $label => $f) {
    try {
        var_dump($f());
    } catch (TypeError $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
