<?php
// serialize/unserialize details not covered elsewhere: r: vs R: back
// references for objects and PHP references (including an object holding
// itself and a reference to its own property), typed and readonly
// properties on unserialize (type errors, coercion), __sleep naming a
// parent's private property by its bare name, a throwing __wakeup /
// __unserialize, and objects that refuse serialization.
function show(string $s): void { echo str_replace("\0", '~', $s), "\n"; }

class Loop {
    public $self;
    public $name = 'loop';
    public $alias;
}
$l = new Loop();
$l->self = $l;
$l->alias = &$l->name;
show($s = serialize($l));
$u = unserialize($s);
var_dump($u->self === $u);
$u->alias = 'renamed through reference';
var_dump($u->name);

echo "-- references between array elements and objects\n";
$o = new stdClass;
$o->v = 1;
$data = [$o, $o, 'x' => 5];
$data['y'] = &$data['x'];
$data['obj_ref'] = &$data[0];
show($s = serialize($data));
$d = unserialize($s);
$d['y'] = 6;
var_dump($d['x'], $d[0] === $d[1]);
$d['obj_ref'] = 'replaced';
var_dump($d[0], is_object($d[1]));

echo "-- typed properties on unserialize\n";
class Typed {
    public int $n = 0;
    public ?string $s = null;
    public readonly array $ro;
    public float $f = 0.0;
}
$cases = [
    'coercible int' => 'O:5:"Typed":1:{s:1:"n";s:2:"42";}',
    'string to int' => 'O:5:"Typed":1:{s:1:"n";s:3:"abc";}',
    'int to float' => 'O:5:"Typed":1:{s:1:"f";i:3;}',
    'null to ?string' => 'O:5:"Typed":1:{s:1:"s";N;}',
    'array to ?string' => 'O:5:"Typed":1:{s:1:"s";a:0:{}}',
    'readonly init' => 'O:5:"Typed":1:{s:2:"ro";a:1:{i:0;i:1;}}',
    'undeclared prop' => 'O:5:"Typed":1:{s:5:"extra";i:1;}',
];
foreach ($cases as $label => $str) {
    try {
        $t = unserialize($str);
        echo "$label: ", json_encode(get_object_vars($t)), "\n";
        if ($label === 'readonly init') {
            try { $t->ro = []; } catch (Error $e) { echo "  then: ", $e->getMessage(), "\n"; }
        }
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

echo "-- __sleep and parent private properties\n";
class ParentP { private $secret = 'ps'; protected $prot = 'pp'; }
class ChildP extends ParentP {
    public $own = 'o';
    public function __sleep() { return ['own', 'secret', 'prot']; }
}
show(serialize(new ChildP()));

echo "-- throwing hooks\n";
class BadWake {
    public $id;
    public function __construct($id) { $this->id = $id; }
    public function __wakeup() { if ($this->id == 2) throw new RuntimeException("wakeup failed for {$this->id}"); echo "woke {$this->id}\n"; }
    public function __destruct() { echo "destruct BadWake {$this->id}\n"; }
}
$s = serialize([new BadWake(1), new BadWake(2), new BadWake(3)]);
try {
    unserialize($s);
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
class BadUnser {
    public function __serialize(): array { return ['a' => 1]; }
    public function __unserialize(array $d): void { throw new LogicException('no thanks: ' . json_encode($d)); }
}
try {
    unserialize(serialize(new BadUnser()));
} catch (LogicException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}

echo "-- refused\n";
$refused = [
    'closure' => fn() => 1,
    'anonymous class' => new class {},
    'generator' => (function () { yield 1; })(),
    'reflection' => new ReflectionClass('stdClass'),
];
foreach ($refused as $label => $v) {
    try {
        serialize(['wrapped' => $v]);
        echo "$label: serialized\n";
    } catch (Exception $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    unserialize('O:7:"Closure":0:{}');
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "end\n";
