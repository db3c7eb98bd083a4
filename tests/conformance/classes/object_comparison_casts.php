<?php
// Object comparison (== and ===, <=>), instanceof and casts to/from arrays.
class P {
    public $a;
    protected $b = 'prot';
    private $c = 'priv';
    public function __construct($a) { $this->a = $a; }
}

$x = new P(1);
$y = new P(1);
$z = $x;
var_dump($x == $y, $x === $y, $x === $z, $x != new P(2));
var_dump($x <=> $y, new P(1) <=> new P(2), new P(3) <=> new P(2));
var_dump($x == new stdClass());

$arr = (array) $x;
var_dump(count($arr));
foreach ($arr as $k => $v) {
    echo str_replace("\0", '\0', $k), " => $v\n";
}
var_dump(array_key_exists("\0*\0b", $arr), array_key_exists("\0P\0c", $arr));

$o = (object) ['k' => 'v', 5 => 'five', 'nested' => ['x' => 1]];
var_dump($o);
var_dump($o->{'5'}, $o->nested['x']);
var_dump((object) 'scalar', (object) null);
$back = (array) $o;
var_dump($back[5]);

var_dump((bool) new stdClass(), (bool) (object) []);
try {
    echo (string) $x;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo intval(@(int) $x), "\n";

// instanceof with strings and expressions
$cls = 'P';
var_dump($x instanceof $cls, $x instanceof stdClass, 'P' instanceof P);
var_dump($x instanceof $y);

// objects as array keys are not allowed
try {
    $m = [];
    $m[$x] = 1;
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
