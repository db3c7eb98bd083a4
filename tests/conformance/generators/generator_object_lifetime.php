<?php
// Generators and object lifetime: a generator method keeps $this alive
// while suspended, a generator stored in a property of its own object
// forms a cycle (collected by gc_collect_cycles), finally blocks and
// destructors run when the last reference goes away, and
// IteratorAggregate::getIterator implemented as a generator.
class Res {
    public function __construct(public string $n) { echo "open {$this->n}\n"; }
    public function __destruct() { echo "close {$this->n}\n"; }
}
class Producer implements IteratorAggregate {
    public ?Generator $own = null;
    public function __construct(public string $name, private array $items) {}
    public function __destruct() { echo "destruct producer {$this->name}\n"; }
    public function stream(): Generator {
        $r = new Res("stream of {$this->name}");
        try {
            foreach ($this->items as $i => $item) {
                $cmd = yield $i => "{$this->name}:$item";
                if ($cmd === 'stop') { echo "stop requested\n"; return 'stopped'; }
            }
        } finally {
            echo "finally in stream of {$this->name}\n";
        }
        return 'done';
    }
    public function getIterator(): Generator {
        yield from $this->items;
        yield 'extra' => static::class;
    }
}

echo "-- generator keeps \$this alive\n";
$p = new Producer('p1', ['a', 'b', 'c']);
$g = $p->stream();
echo $g->current(), "\n";
unset($p);
echo "producer unset, generator still suspended\n";
$g->next();
echo $g->current(), "\n";
unset($g);
echo "after generator unset\n";

echo "-- send stop, return value\n";
$p2 = new Producer('p2', ['x', 'y']);
$g2 = $p2->stream();
$g2->current();
$g2->send('stop');
var_dump($g2->valid(), $g2->getReturn());
unset($g2, $p2);

echo "-- generator stored on its own object (cycle)\n";
$p3 = new Producer('p3', [1, 2]);
$p3->own = $p3->stream();
echo $p3->own->current(), "\n";
unset($p3);
echo "unset done, collecting\n";
$n = gc_collect_cycles();
echo "collected something: ", var_export($n > 0, true), "\n";

echo "-- IteratorAggregate with generator\n";
$agg = new Producer('agg', ['k1' => 'v1', 'k2' => 'v2']);
foreach ($agg as $k => $v) echo "$k=$v ";
echo "\n";
echo json_encode(iterator_to_array($agg)), "\n";
$it = $agg->getIterator();
var_dump($it instanceof Traversable, $it instanceof Iterator);
unset($agg);
echo "agg unset while iterator alive\n";
foreach ($it as $v) {}
unset($it);

echo "-- generator created in a loop and abandoned\n";
for ($i = 0; $i < 2; $i++) {
    $tmp = (new Producer("loop$i", ['only']))->stream();
    echo $tmp->current(), "\n";
}
echo "loop finished\n";
unset($tmp);

echo "-- exception thrown into a suspended generator method\n";
$p4 = new Producer('p4', ['q']);
$g4 = $p4->stream();
$g4->current();
try {
    $g4->throw(new RuntimeException('injected'));
} catch (RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
var_dump($g4->valid());
unset($g4, $p4);
echo "end\n";
