<?php
// ini: unserialize_callback_func=on_missing_class
// unserialize(): allowed_classes (false, list, case-insensitive names),
// __PHP_Incomplete_Class objects and re-serialising them, the order of
// __wakeup / __unserialize calls in nested graphs, an exception thrown by
// __wakeup, unserialize_callback_func (set through an ini line), and
// typed properties rejecting wrongly typed serialized data.
function on_missing_class(string $class): void {
    echo "callback for $class\n";
    if ($class === 'LateClass') {
        eval('class LateClass { public $v; }');
    }
}
class Node {
    public $children = [];
    public function __construct(public string $name = '') {}
    public function __wakeup() { echo "wakeup {$this->name}\n"; }
}
class Modern {
    public array $items = [];
    public function __serialize(): array { return ['i' => $this->items]; }
    public function __unserialize(array $d): void { echo "unserialize Modern\n"; $this->items = $d['i']; }
}
class Strict { public int $n = 0; }
class Exploding {
    public $x = 1;
    public function __wakeup() { throw new DomainException("refusing to wake up"); }
}

$root = new Node('root');
$root->children = [new Node('a'), new Node('b')];
$root->children[0]->children[] = new Node('a1');
$m = new Modern();
$m->items = [new Node('in modern')];
$s = serialize([$root, $m]);
echo $s, "\n";
echo "-- full unserialize\n";
$u = unserialize($s);
echo get_class($u[0]), " ", count($u[0]->children), "\n";

echo "-- allowed_classes false\n";
$u = unserialize($s, ['allowed_classes' => false]);
echo get_class($u[0]), " ", get_class($u[1]), "\n";
print_r($u[0]);
echo "\nre-serialised unchanged: ", var_export(serialize($u[0]) === serialize($root), true), "\n";
echo "property access on incomplete object:\n";
var_dump($u[0]->name);

echo "-- allowed_classes list\n";
$u = unserialize($s, ['allowed_classes' => ['node']]);
echo get_class($u[0]), " ", get_class($u[1]), "\n";

echo "-- invalid allowed_classes\n";
try {
    unserialize($s, ['allowed_classes' => 'Node']);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "-- unserialize_callback_func\n";
$late = unserialize('O:9:"LateClass":1:{s:1:"v";i:5;}');
echo get_class($late), " ", $late->v, "\n";
$still = unserialize('O:9:"Unknown99":0:{}');
echo get_class($still), "\n";

echo "-- typed property mismatch\n";
// no coercion: even a numeric string is rejected
foreach (['s:3:"abc"', 's:2:"42"', 'd:1.5', 'i:7'] as $payload) {
    try {
        $o = unserialize('O:6:"Strict":1:{s:1:"n";' . $payload . ';}');
        echo "$payload: ", var_export($o->n, true), "\n";
    } catch (TypeError $e) {
        echo "$payload: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "-- exception in __wakeup\n";
try {
    unserialize('a:2:{i:0;O:4:"Node":1:{s:4:"name";s:1:"z";}i:1;O:9:"Exploding":1:{s:1:"x";i:2;}}');
} catch (DomainException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
