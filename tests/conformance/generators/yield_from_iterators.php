<?php
// yield from Traversable objects: ArrayIterator, IteratorAggregate,
// user Iterators and generators returned by other objects.
class Range implements IteratorAggregate {
    public function __construct(private int $from, private int $to) {}
    public function getIterator(): Generator {
        for ($i = $this->from; $i <= $this->to; $i++) yield "r$i" => $i;
    }
}
class Countdown implements Iterator {
    private int $n;
    public function __construct(private int $start) { $this->n = $start; }
    public function current(): mixed { return $this->n; }
    public function key(): mixed { return "cd{$this->n}"; }
    public function next(): void { $this->n--; }
    public function rewind(): void { echo "  (Countdown rewound)\n"; $this->n = $this->start; }
    public function valid(): bool { return $this->n > 0; }
}

function all() {
    yield from new ArrayIterator(['x' => 'X', 'y' => 'Y']);
    $r = yield from new Range(1, 3);
    var_dump($r);
    yield from new Countdown(2);
    yield from new ArrayObject([7, 8]);
    yield from (new Range(9, 9))->getIterator();
}
foreach (all() as $k => $v) {
    echo "$k => $v\n";
}

echo "a partially consumed ArrayIterator is rewound by yield from:\n";
$it = new ArrayIterator([1, 2, 3, 4]);
$it->next();
$it->next();
function rest(Iterator $i) { yield from $i; }
echo implode(',', iterator_to_array(rest($it), false)), "\n";

echo "a user Iterator is rewound:\n";
$cd = new Countdown(3);
$cd->next();
echo implode(',', iterator_to_array(rest($cd), false)), "\n";

echo "yield from a non-traversable:\n";
function bad() { yield from 42; }
try {
    foreach (bad() as $v) {}
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "SplFixedArray and SplDoublyLinkedList:\n";
$fixed = SplFixedArray::fromArray([10, 20]);
$list = new SplDoublyLinkedList();
$list->push('p');
$list->push('q');
function spl($a, $b) { yield from $a; yield from $b; }
foreach (spl($fixed, $list) as $k => $v) echo "$k=$v ";
echo "\n";
