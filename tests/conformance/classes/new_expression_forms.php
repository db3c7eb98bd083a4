<?php
// The many forms of `new`: self/static/parent, class name strings in
// variables, properties, array elements and arbitrary expressions, new on
// an object instance, argument evaluation when there is no constructor,
// and `new` inside default values evaluated freshly per call.
function t(string $label, $v = null) { echo "  eval $label\n"; return $v; }

class Shape {
    public static int $made = 0;
    public string $tag;
    public function __construct(string $tag = 'plain') { $this->tag = static::class . "($tag)"; self::$made++; }
    public static function makeSelf(): self { return new self('self'); }
    public static function makeStatic(): static { return new static('static'); }
    public function cloneKind(): static { return new static('from ' . $this->tag); }
}
class Circle extends Shape {
    public function makeParent(): Shape { return new parent('parent'); }
}
class NoCtor { public $x = 'default'; }

echo "-- self / static / parent\n";
echo Shape::makeSelf()->tag, "\n";
echo Circle::makeSelf()->tag, "\n";
echo Circle::makeStatic()->tag, "\n";
echo (new Circle('c'))->cloneKind()->tag, "\n";
echo (new Circle())->makeParent()->tag, "\n";

echo "-- dynamic class names\n";
$cls = 'Circle';
echo (new $cls('var'))->tag, "\n";
$holder = new stdClass;
$holder->cls = 'Shape';
echo (new $holder->cls('prop'))->tag, "\n";
$names = ['a' => 'Circle'];
echo (new $names['a']('array elem'))->tag, "\n";
echo (new ('Ci' . 'rcle')('expr'))->tag, "\n";
echo (new (t('name expr', 'Shape'))(t('arg', 'ordered')))->tag, "\n";
$obj = new Circle('proto');
echo (new $obj('from instance'))->tag, "\n";
echo get_class(new (get_class($obj))), "\n";
$lower = 'circle';
echo (new $lower)->tag, "\n";
echo (new \Circle('fq'))->tag, "\n";

echo "-- no constructor: are arguments evaluated?\n";
$n = new NoCtor(t('arg for NoCtor'));
echo $n->x, "\n";
$n2 = new NoCtor;
var_dump($n == $n2);
$s = new stdClass(t('arg for stdClass'));

echo "-- constructor arguments are evaluated before the constructor runs\n";
class Loud {
    public function __construct(...$args) { echo "  Loud::__construct(", implode(', ', $args), ")\n"; }
}
new Loud(t('first', 1), t('second', 2));

echo "-- new in defaults is evaluated per call\n";
function withDefault(Shape $s = new Circle('default')) { return $s; }
$before = Shape::$made;
$d1 = withDefault();
$d2 = withDefault();
var_dump($d1 === $d2, $d1 == $d2, Shape::$made - $before);
withDefault(new Shape('given'));
var_dump(Shape::$made - $before);

echo "-- anonymous classes\n";
$anon = new class('anon') extends Shape {};
echo str_starts_with($anon->tag, 'Shape@anonymous') ? 'anonymous subclass tag ok' : $anon->tag, "\n";
$again = new $anon('again');
var_dump(get_class($again) === get_class($anon));

echo "-- errors\n";
foreach (['Missing', 'Traversable', 'Countable', ''] as $bad) {
    try {
        new $bad;
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
abstract class Abs {}
trait Tr {}
enum En { case A; }
foreach (['Abs', 'Tr', 'En'] as $bad) {
    try {
        new $bad;
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    $num = 42;
    new $num;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "total made: ", Shape::$made, "\n";
