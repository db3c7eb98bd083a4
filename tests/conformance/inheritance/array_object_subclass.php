<?php
// Extending ArrayObject: overriding offsetSet, flags and iterators.
class TypedList extends ArrayObject {
    public function offsetSet(mixed $key, mixed $value): void {
        if (!is_int($value)) {
            throw new InvalidArgumentException("only ints, got " . get_debug_type($value));
        }
        parent::offsetSet($key, $value);
    }
    public function sum(): int { return array_sum($this->getArrayCopy()); }
}

$l = new TypedList([1, 2]);
$l[] = 3;
$l['x'] = 4;
try {
    $l[] = 'five';
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    $l->append(1.5);
} catch (InvalidArgumentException $e) {
    echo "append: ", $e->getMessage(), "\n";
}
echo count($l), " ", $l->sum(), "\n";
foreach ($l as $k => $v) {
    echo "$k=$v ";
}
echo "\n";
var_dump(isset($l['x']), empty($l[0]), $l[1]);
unset($l[0]);
print_r($l->getArrayCopy());

// ARRAY_AS_PROPS makes properties and entries the same
$props = new ArrayObject(['a' => 1], ArrayObject::ARRAY_AS_PROPS);
$props->b = 2;
var_dump($props['b'], $props->a, count($props));

// exchangeArray returns the old storage
$ao = new ArrayObject(['old' => true]);
$old = $ao->exchangeArray(['new' => 1, 'newer' => 2]);
var_dump($old, $ao->getArrayCopy());

// wrapping an object: operates on its properties
$obj = new stdClass();
$obj->p = 'prop';
$wrap = new ArrayObject($obj);
$wrap['q'] = 'added';
print_r($obj);
echo "\n";

// iterator class can be customised
class Stats extends ArrayObject {
    public function __construct(array $data) {
        parent::__construct($data, 0, 'RecursiveArrayIterator');
    }
}
$st = new Stats(['a' => [1, 2], 'b' => 3]);
var_dump(get_class($st->getIterator()));
$ri = new RecursiveIteratorIterator($st->getIterator());
echo implode(',', iterator_to_array($ri, false)), "\n";
$sorted = new ArrayObject([5, 3, 9]);
$sorted->asort();
print_r($sorted->getArrayCopy());
var_dump($l);
