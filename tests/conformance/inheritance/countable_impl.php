<?php
// Countable objects with count(), and count() on non-countables.
class Bag implements Countable {
    private array $items = [];
    public int $countCalls = 0;
    public function add(...$xs): static { array_push($this->items, ...$xs); return $this; }
    public function count(): int {
        $this->countCalls++;
        return count($this->items);
    }
}

class Weird implements Countable {
    public function __construct(private $n) {}
    #[ReturnTypeWillChange]
    public function count() { return $this->n; }
}

$b = new Bag();
var_dump(count($b));
$b->add(1, 2, 3)->add('x');
var_dump(count($b), sizeof($b), $b->count());
// COUNT_RECURSIVE is ignored for Countable
var_dump(count($b, COUNT_RECURSIVE));
echo "calls: ", $b->countCalls, "\n";

var_dump(count(new Weird(5)), count(new Weird("7")), count(new Weird(2.9)), count(new Weird(null)));

foreach ([new stdClass(), 'string', 42, null, new ArrayIterator([1, 2])] as $thing) {
    try {
        echo get_debug_type($thing), ": ", count($thing), "\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}

// count is used by functions accepting Countable
function size(Countable|array $c): int { return count($c); }
echo size($b), " ", size([1, 2]), "\n";
var_dump($b instanceof Countable, is_countable($b), is_countable(new stdClass()));

// nested arrays containing countable objects
$nested = ['a' => [1, 2], 'b' => $b];
var_dump(count($nested), count($nested, COUNT_RECURSIVE));

// Countable and empty(): objects are never empty
var_dump(empty($b), empty(new Bag()));
