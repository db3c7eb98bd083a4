<?php
// Implementing Iterator and observing the call order used by foreach.
class Trace implements Iterator {
    private int $i = 0;
    public function __construct(private array $items, private bool $verbose = true) {}
    private function log(string $m) { if ($this->verbose) echo "  [$m]\n"; }
    public function current(): mixed { $this->log("current"); return $this->items[$this->i]; }
    public function key(): mixed { $this->log("key"); return "key{$this->i}"; }
    public function next(): void { $this->log("next"); $this->i++; }
    public function rewind(): void { $this->log("rewind"); $this->i = 0; }
    public function valid(): bool {
        $v = $this->i < count($this->items);
        $this->log("valid=" . ($v ? 'y' : 'n'));
        return $v;
    }
}

echo "foreach with key:\n";
foreach (new Trace(['a', 'b']) as $k => $v) {
    echo "$k => $v\n";
}
echo "foreach without key:\n";
foreach (new Trace(['x']) as $v) {
    echo "$v\n";
}
echo "break:\n";
foreach (new Trace(['1', '2', '3']) as $v) {
    echo "$v\n";
    if ($v === '2') break;
}
echo "iterator_to_array:\n";
var_dump(iterator_to_array(new Trace(['p', 'q'], false)));
var_dump(iterator_to_array(new Trace(['p', 'q'], false), false));
echo "iterator_count: ", iterator_count(new Trace(range(1, 5), false)), "\n";

echo "same iterator nested:\n";
$t = new Trace(['A', 'B'], false);
foreach ($t as $o) {
    foreach ($t as $in) {
        echo "$o$in ";
    }
}
echo "\n";

echo "yield from an Iterator:\n";
function wrap(Iterator $it) { yield 'start'; yield from $it; yield 'end'; }
foreach (wrap(new Trace(['m'], false)) as $k => $v) {
    echo "$k: $v\n";
}
echo "array functions with iterators:\n";
echo implode(',', iterator_to_array(new ArrayIterator(['x' => 1]), true)), "\n";
var_dump(iterator_apply($t, function () use ($t) { echo $t->current(), ";"; return true; }));
echo "\n";
