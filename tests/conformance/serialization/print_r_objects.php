<?php
// print_r of objects: visibility annotations, nesting, recursion, enums,
// closures, return mode.
class Item {
    public $name;
    protected $price = 9.99;
    private $sku = 'SKU-1';
    public $tags = [];
    public ?Item $related = null;
    public int $qty;
    public function __construct($n) { $this->name = $n; }
}
enum Color: string { case Red = 'r'; }
enum Shape { case Circle; }

$a = new Item('apple');
$b = new Item('banana');
$a->related = $b;
$a->tags = ['fruit', ['nested' => true, 'null' => null, 'false' => false, 'float' => 1.0]];
print_r($a);
echo "\n";

// recursion
$b->related = $a;
print_r($a);
echo "\n";
$arr = ['self' => null];
$arr['self'] = &$arr;
print_r($arr);
echo "\n";

// enums and closures
print_r([Color::Red, Shape::Circle]);
echo "\n";
print_r(function (int $x, &$y = 5) {});
echo "\n";
print_r(fn() => 1);
echo "\n";

// return mode does not print
$s = print_r(new Item('x'), true);
echo strlen($s), "\n", $s, "\n";
var_dump(print_r('scalar', true), print_r(1.0, true), print_r(null, true), print_r(false, true), print_r(true, true));

// internal objects
print_r(new ArrayObject(['a' => 1]));
echo "\n";
print_r(new SplStack());
echo "\n";
$std = new stdClass();
$std->{'0'} = 'zero';
$std->{''} = 'empty';
print_r($std);
echo "\n";
print_r(new Exception('msg') instanceof Throwable);
echo "\n";
