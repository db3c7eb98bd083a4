<?php
// Extending the internal ArrayIterator class.
class UpperIterator extends ArrayIterator {
    public function current(): mixed {
        $v = parent::current();
        return is_string($v) ? strtoupper($v) : $v;
    }
    public function key(): mixed {
        return 'k_' . parent::key();
    }
}

$it = new UpperIterator(['a' => 'apple', 'b' => 'banana', 3 => 7]);
foreach ($it as $k => $v) {
    echo "$k => $v\n";
}
var_dump(count($it), $it->count());
var_dump(iterator_to_array($it));
var_dump($it['a'], isset($it['b']), isset($it['zz']));
$it['c'] = 'cherry';
unset($it['a']);
print_r($it->getArrayCopy());

class Evens extends ArrayIterator {
    public function __construct(int $n) {
        parent::__construct(range(0, $n * 2, 2));
    }
}
$e = new Evens(4);
echo implode(',', iterator_to_array($e)), "\n";
$e->rewind();
$e->seek(3);
var_dump($e->current(), $e->key());
try {
    $e->seek(100);
} catch (OutOfBoundsException $ex) {
    echo get_class($ex), ": ", $ex->getMessage(), "\n";
}

// manual iteration
$m = new UpperIterator(['x', 'y']);
$m->rewind();
while ($m->valid()) {
    echo $m->key(), '=', $m->current(), ' ';
    $m->next();
}
echo "\n";
var_dump($m->valid(), $m->current());

$sorted = new ArrayIterator([3 => 'c', 1 => 'a', 2 => 'b']);
$sorted->ksort();
print_r(iterator_to_array($sorted));
$sorted->uasort(fn($a, $b) => strcmp($b, $a));
print_r(iterator_to_array($sorted));
var_dump($it instanceof Traversable, $it instanceof ArrayAccess, $it instanceof Countable, $it instanceof SeekableIterator);
