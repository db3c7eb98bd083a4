<?php
// Extending SplObjectStorage: a custom getHash() that treats objects with
// the same key as identical, overridden attach()/offsetSet(), data per
// object, ArrayAccess syntax, iteration, count and set operations.
class Item {
    public function __construct(public string $sku, public int $qty = 1) {}
}
class Inventory extends SplObjectStorage {
    public array $log = [];
    public function getHash(object $o): string {
        return $o instanceof Item ? 'sku:' . $o->sku : parent::getHash($o);
    }
    public function attach(object $object, mixed $info = null): void {
        $this->log[] = "attach {$object->sku}";
        parent::attach($object, $info ?? 'none');
    }
    public function offsetSet($object, mixed $info = null): void {
        $this->log[] = "offsetSet {$object->sku}";
        parent::offsetSet($object, $info);
    }
    public function total(): int {
        $sum = 0;
        foreach ($this as $i => $item) {
            $sum += $item->qty;
        }
        return $sum;
    }
}

$inv = new Inventory();
$a = new Item('A', 2);
$a2 = new Item('A', 5);          // same hash as $a
$b = new Item('B', 3);
$inv->attach($a);
$inv->attach($b, ['shelf' => 4]);
$inv[$a2] = 'replaced data';       // same key: replaces the data, keeps $a
echo implode("; ", $inv->log), "\n";
echo count($inv), " items, total ", $inv->total(), "\n";
var_dump($inv->contains($a2), isset($inv[new Item('B')]), isset($inv[new Item('C')]));
var_dump($inv[$a], $inv[$b]);
foreach ($inv as $index => $obj) {
    echo $index, ": ", $obj->sku, " qty ", $obj->qty, " info ", json_encode($inv->getInfo()), "\n";
}
try {
    var_dump($inv[new Item('Z')]);
} catch (UnexpectedValueException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

$other = new Inventory();
$other->attach(new Item('B', 100));
$other->attach(new Item('C'));
$inv->removeAll($other);           // removes B by hash
echo "after removeAll: ", count($inv), "\n";
$inv->addAll($other);
echo "after addAll: ", count($inv), " total ", $inv->total(), "\n";
unset($inv[new Item('C')]);
echo "after unset: ", count($inv), "\n";
$inv->detach($a2);
echo "after detach: ", count($inv), "\n";

// an exception thrown by getHash() aborts attach()
class BadHash extends SplObjectStorage {
    public function getHash($o): string { throw new LogicException("no hash for " . get_class($o)); }
}
try {
    (new BadHash())->attach(new stdClass());
} catch (LogicException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($inv instanceof Countable, $inv instanceof Iterator, $inv instanceof ArrayAccess);
