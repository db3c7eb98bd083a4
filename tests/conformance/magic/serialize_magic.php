<?php
// __serialize / __unserialize take precedence over __sleep / __wakeup and
// Serializable.
class Connection {
    private $handle = 'live-handle';
    public function __construct(private string $dsn, private array $options = []) {}
    public function __serialize(): array {
        echo "__serialize called\n";
        return ['dsn' => $this->dsn, 'opts' => $this->options, 'v' => 2];
    }
    public function __unserialize(array $data): void {
        echo "__unserialize called with keys ", implode(',', array_keys($data)), "\n";
        $this->dsn = $data['dsn'];
        $this->options = $data['opts'];
        $this->handle = 'reconnected';
    }
    public function __sleep() { echo "__sleep (never called)\n"; return []; }
    public function __wakeup() { echo "__wakeup (never called)\n"; }
    public function info() { return "{$this->dsn} {$this->handle} " . json_encode($this->options); }
}

$c = new Connection('mysql:host=db', ['timeout' => 5]);
$s = serialize($c);
echo $s, "\n";
$u = unserialize($s);
echo $u->info(), "\n";

// nested and shared objects keep their identity inside one serialize() call
class Node {
    public array $children = [];
    public function __construct(public string $name) {}
    public function __serialize(): array { return [$this->name, $this->children]; }
    public function __unserialize(array $d): void { [$this->name, $this->children] = $d; }
}
$leaf = new Node('leaf');
$root = new Node('root');
$root->children = [$leaf, $leaf, new Node('other')];
$s = serialize($root);
echo $s, "\n";
$r = unserialize($s);
var_dump($r->children[0] === $r->children[1], $r->children[0] === $r->children[2]);
echo $r->children[2]->name, "\n";

// __serialize must return an array
class BadSerialize {
    #[ReturnTypeWillChange]
    public function __serialize() { return 'nope'; }
}
try {
    serialize(new BadSerialize());
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// unserialize with allowed_classes
$blocked = unserialize(serialize(new Node('n')), ['allowed_classes' => false]);
echo get_class($blocked), "\n";
var_dump($blocked instanceof __PHP_Incomplete_Class);
$allowed = unserialize(serialize([new Node('a')]), ['allowed_classes' => ['Node']]);
echo get_class($allowed[0]), " ", $allowed[0]->name, "\n";
// Serializable-only class triggers a deprecation when it lacks __serialize
class OldStyle implements Serializable {
    public $v = 1;
    public function serialize() { return 'custom'; }
    public function unserialize($data) { $this->v = $data; }
}
$old = serialize(new OldStyle());
echo $old, "\n";
var_dump(unserialize($old)->v);
