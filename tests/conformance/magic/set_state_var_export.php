<?php
// var_export of objects produces \Class::__set_state(array(...)), which can
// be evaluated back when the class defines __set_state.
class Point {
    public $x;
    public $y;
    protected $label = 'pt';
    private $secret = 's';
    public function __construct($x = 0, $y = 0) { $this->x = $x; $this->y = $y; }
    public static function __set_state(array $props): static {
        echo "__set_state with keys: ", implode(',', array_keys($props)), "\n";
        $p = new static($props['x'], $props['y']);
        $p->label = $props['label'] . '*';
        return $p;
    }
    public function label() { return $this->label; }
}

$p = new Point(1, 2.5);
var_export($p);
echo "\n";
$code = var_export($p, true);
$copy = eval("return $code;");
var_dump($copy == $p, $copy->label(), $copy->x, $copy->y);

// nested objects and arrays
$data = ['origin' => new Point(), 'list' => [new Point(-1, 'a')], 'flag' => null];
echo var_export($data, true), "\n";
$back = eval('return ' . var_export($data, true) . ';');
echo get_class($back['list'][0]), " ", $back['list'][0]->y, "\n";

// stdClass is exported as an object cast since PHP 7.3
$o = new stdClass();
$o->a = 1;
$o->{'weird key'} = [true, 1.0];
var_export($o);
echo "\n";
var_dump(eval('return ' . var_export($o, true) . ';') == $o);

// a class without __set_state: eval fails
class NoState { public $v = 1; }
$code = var_export(new NoState(), true);
echo $code, "\n";
try {
    eval("return $code;");
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// floats and special strings in exported properties
$f = new Point(0.1 + 0.2, "quote ' and \\ backslash");
var_export($f);
echo "\n";
