<?php
// WeakMap with enum cases and objects as keys, iteration by value and by
// reference, modification during iteration, nested WeakMaps, and
// WeakReference::get() after the referent is gone.
enum Suit: string {
    case Hearts = 'H';
    case Spades = 'S';
}
class Node {
    public function __construct(public string $id) {}
    public function __destruct() { echo "  (node {$this->id} destroyed)\n"; }
}

$map = new WeakMap();
$map[Suit::Hearts] = 'red';
$map[Suit::Spades] = 'black';
$n1 = new Node('n1');
$n2 = new Node('n2');
$map[$n1] = 10;
$map[$n2] = 20;
echo "count: ", count($map), "\n";
foreach ($map as $key => $value) {
    echo ($key instanceof Suit ? "enum {$key->name}" : "node {$key->id}"), " => $value\n";
}

echo "-- by-reference iteration modifies values\n";
foreach ($map as $key => &$value) {
    if (is_int($value)) $value *= 3;
    else $value = strtoupper($value);
}
unset($value);
var_dump($map[Suit::Hearts], $map[$n1], $map[$n2]);

echo "-- enum keys are never collected\n";
unset($n1);
echo "count after unset n1: ", count($map), "\n";
$copy = Suit::from('S');
unset($copy);
echo "enum entry still there: ", var_export(isset($map[Suit::Spades]), true), "\n";

echo "-- null values and isset/offsetExists\n";
$map[$n2] = null;
var_dump(isset($map[$n2]), $map->offsetExists($n2), $map->offsetGet($n2));
$map->offsetSet($n2, 'via method');
echo $map[$n2], "\n";
$map->offsetUnset(Suit::Hearts);
echo "count: ", count($map), "\n";

echo "-- nested weak maps\n";
$outer = new WeakMap();
$inner = new WeakMap();
$k = new Node('k');
$inner[$k] = 'inner value';
$outer[$k] = $inner;
echo $outer[$k][$k], "\n";
$outer[$k][$k] .= ' (appended)';
echo $inner[$k], "\n";
unset($k);
echo "outer ", count($outer), " inner ", count($inner), "\n";

echo "-- iterator object\n";
$m2 = new WeakMap();
$objs = [new Node('i1'), new Node('i2'), new Node('i3')];
foreach ($objs as $i => $o) $m2[$o] = $i;
$it = $m2->getIterator();
echo get_class($it), "\n";
foreach ($it as $obj => $v) echo $obj->id, "=", $v, " ";
echo "\n";
array_pop($objs);
echo "after pop: ", count($m2), "\n";

echo "-- WeakReference\n";
$target = new Node('target');
$wr = WeakReference::create($target);
$wr2 = WeakReference::create($target);
var_dump($wr === $wr2);
echo $wr->get()->id, "\n";
$alias = $target;
unset($target);
echo "still alive via alias: ", $wr->get()?->id, "\n";
$alias = 'gone';
var_dump($wr->get());
$e = WeakReference::create(Suit::Hearts);
var_dump($e->get());

echo "-- errors\n";
try { $map[1] = 'x'; } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
try { foreach ($map as $kk => $vv) { $map[new Node('tmp')] = 1; } echo "added during iteration\n"; } catch (Error $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
try { $c = clone $map; echo "clone count ", count($c), "\n"; } catch (Error $t) { echo $t->getMessage(), "\n"; }
try { serialize($map); } catch (Exception $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
try { $map->dyn = 1; } catch (Error $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
echo "end\n";
