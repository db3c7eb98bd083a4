<?php
// IteratorAggregate returning ArrayIterator, generators and other aggregates.
class Collection implements IteratorAggregate, Countable {
    public function __construct(private array $items) {}
    public function getIterator(): Iterator {
        return new ArrayIterator($this->items);
    }
    public function count(): int { return count($this->items); }
}

class Lines implements IteratorAggregate {
    public function __construct(private string $text) {}
    public function getIterator(): Generator {
        foreach (explode("\n", $this->text) as $n => $line) {
            if ($line === '') continue;
            yield $n + 1 => $line;
        }
    }
}

class Chain implements IteratorAggregate {
    private array $parts;
    public function __construct(iterable ...$parts) { $this->parts = $parts; }
    public function getIterator(): Traversable {
        foreach ($this->parts as $p) {
            yield from $p;
        }
    }
}

// aggregate returning another aggregate
class Outer implements IteratorAggregate {
    public function getIterator(): Traversable { return new Collection(['nested', 'aggregate']); }
}

$c = new Collection(['a' => 1, 'b' => 2]);
foreach ($c as $k => $v) echo "$k=$v ";
echo "\ncount: ", count($c), "\n";

foreach (new Lines("first\n\nthird\nfourth") as $no => $line) {
    echo "$no: $line\n";
}

$chain = new Chain([1, 2], new Collection([3]), new Lines("x\ny"));
var_dump(iterator_to_array($chain, false));
var_dump(iterator_to_array($chain, true));

foreach (new Outer() as $k => $v) echo "$k=$v\n";
var_dump(iterator_to_array(new Outer()));

// IteratorIterator unwraps an aggregate
$ii = new IteratorIterator(new Collection([7, 8, 9]));
$ii->rewind();
echo $ii->current(), " ", get_class($ii->getInnerIterator()), "\n";

// getIterator must return Traversable
class Bad implements IteratorAggregate {
    #[ReturnTypeWillChange]
    public function getIterator() { return [1, 2]; }
}
try {
    foreach (new Bad() as $v) echo $v;
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(is_iterable($c), is_iterable(new Bad()), is_countable($c), is_countable(new Lines('')));
