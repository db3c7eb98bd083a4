<?php
// var_dump of objects: visibility, uninitialized typed properties,
// references, recursion, enums, closures and internal classes.
class Sample {
    public $pub = 1;
    protected $prot = 'p';
    private $priv = [1.5];
    public int $uninit;
    public ?string $nullable = null;
    public readonly int $ro;
    public function __construct() { $this->ro = 7; }
}
enum Suit: string { case Hearts = 'H'; }
enum Pure { case One; }

$s = new Sample();
var_dump($s);

// references inside properties
$val = 'shared';
$s->pub = &$val;
var_dump($s);
unset($val);

// From here on object ids depend on allocation details (cycles awaiting
// the garbage collector, lazily created enum case objects), so they are
// masked.
function dump(...$values) {
    ob_start();
    var_dump(...$values);
    echo preg_replace('/\)#\d+ \(/', ')#N (', ob_get_clean());
}

// recursion
$o = new stdClass();
$o->me = $o;
$o->list = [$o];
dump($o);
unset($o);

// enums
dump(Suit::Hearts, Pure::One, [Suit::Hearts]);

// closures show their parameters, bound $this and static variables
$x = 10;
$closure = function (int $a, &$b, ...$rest) use ($x) { return $a; };
dump($closure);
unset($closure);
$arrow = fn() => 1;
dump($arrow);
unset($arrow);
class Host { public function get() { return function () {}; } }
dump((new Host())->get());

// internal classes
dump(new ArrayObject(['k' => 'v']));
dump(new ArrayIterator([]));
$e = new Exception('message', 3);
dump($e->getMessage(), $e->getCode());
$d = new DateTimeZone('UTC');
dump($d);
$spl = new SplObjectStorage();
dump(count($spl));

// multiple arguments and nested objects
$outer = new stdClass();
$outer->inner = new stdClass();
$outer->inner->deep = [new stdClass()];
dump($outer, 1, 'two');
