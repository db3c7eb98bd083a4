<?php
// is_a, is_subclass_of, instanceof, class_implements, class_parents,
// class_uses with objects and class-name strings.
interface Shape {}
interface Polygon extends Shape {}
trait Colored {}
trait Named { use Colored; }
abstract class Base implements Polygon { use Named; }
class Square extends Base implements Countable { public function count(): int { return 4; } }
class Cube extends Square {}

$sq = new Square();
$checks = [
    ['is_a', $sq, 'Square'], ['is_a', $sq, 'Base'], ['is_a', $sq, 'Shape'], ['is_a', $sq, 'Countable'],
    ['is_a', $sq, 'Cube'], ['is_a', 'Square', 'Base'], ['is_a', 'Square', 'Base', true],
    ['is_a', 'square', 'BASE', true], ['is_a', $sq, 'Colored'],
    ['is_subclass_of', $sq, 'Square'], ['is_subclass_of', $sq, 'Base'], ['is_subclass_of', $sq, 'Shape'],
    ['is_subclass_of', 'Cube', 'Square'], ['is_subclass_of', 'Cube', 'Cube'], ['is_subclass_of', 'Cube', 'Polygon', false],
    ['is_subclass_of', 'Polygon', 'Shape'], ['is_subclass_of', 'Missing', 'Shape'],
];
foreach ($checks as $c) {
    $fn = array_shift($c);
    $label = $fn . '(' . implode(', ', array_map(fn($x) => is_object($x) ? 'obj:' . get_class($x) : var_export($x, true), $c)) . ')';
    echo str_pad($label, 45), var_export($fn(...$c), true), "\n";
}

$cube = new Cube();
var_dump($cube instanceof Shape, $cube instanceof Countable, $cube instanceof Named);
$iface = 'Polygon';
var_dump($cube instanceof $iface);

foreach (['Cube', 'Square', 'Base', 'Polygon'] as $c) {
    $i = class_implements($c); ksort($i);
    $p = class_parents($c);
    $u = class_uses($c);
    echo "$c implements [", implode(',', $i), "] parents [", implode(',', $p), "] uses [", implode(',', $u), "]\n";
}
print_r(class_uses('Named'));
print_r(class_implements(new ArrayIterator([])));
var_dump(@class_implements('NoSuchClass'));
var_dump(class_parents(new stdClass()));
var_dump(is_a(null, 'Shape'), is_a(5, 'int'));
var_dump(is_subclass_of(new ArrayObject(), 'Traversable'), is_a(new ArrayObject(), 'IteratorAggregate'));
