<?php
// serialize/unserialize of object graphs: visibility, shared objects,
// cycles, PHP references, incomplete classes and malformed input.
class Node {
    public $value;
    protected $meta = ['m' => 1];
    private $hidden = 'h';
    public ?Node $next = null;
    public function __construct($v) { $this->value = $v; }
}

$a = new Node('a');
$b = new Node('b');
$a->next = $b;
$b->next = $a;                      // cycle
$s = serialize($a);
echo str_replace("\0", '\0', $s), "\n";
$u = unserialize($s);
var_dump($u->next->next === $u, $u->next->value);

// shared objects vs references
$shared = new Node('shared');
$arr = ['x' => $shared, 'y' => $shared];
$num = 5;
$arr['r1'] = &$num;
$arr['r2'] = &$num;
$s = serialize($arr);
echo str_replace("\0", '\0', $s), "\n";
$back = unserialize($s);
var_dump($back['x'] === $back['y']);
$back['r1'] = 99;
var_dump($back['r2']);

// scalars and arrays
foreach ([null, true, false, 0, -7, 1.5, 0.1, -0.0, INF, NAN, '', "multi\nline", [], [1 => 'a', 'k' => [true]]] as $v) {
    echo serialize($v), "\n";
}
var_dump(unserialize(serialize(-0.0)), unserialize('d:0.1;'), unserialize('b:1;'));

// incomplete class
$inc = unserialize('O:7:"Missing":1:{s:1:"p";i:1;}');
var_dump(get_class($inc), $inc instanceof __PHP_Incomplete_Class);
print_r($inc);
echo "\n", serialize($inc), "\n";

// malformed input
foreach (['', 'x', 'i:5', 'a:1:{i:0;}', 's:5:"abc";', 'O:4:"Node":0:{}'] as $bad) {
    $r = @unserialize($bad);
    echo json_encode($bad), " => ", is_object($r) ? get_class($r) : var_export($r, true), "\n";
}
var_dump(unserialize(serialize(false)));
// max_depth option
$deep = [[[[1]]]];
var_dump(@unserialize(serialize($deep), ['max_depth' => 2]));
var_dump(unserialize(serialize($deep), ['max_depth' => 5]) === $deep);
// stdClass and ArrayObject
$o = new stdClass();
$o->list = new ArrayObject([1, 2]);
$o->{'0'} = 'numeric name';
echo serialize($o), "\n";
$ob = unserialize(serialize($o));
var_dump(count($ob->list), $ob->{'0'});
