<?php
// WeakMap: entries disappear when the key object is destroyed.
class Key {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroying key {$this->name}\n"; }
}

$map = new WeakMap();
$a = new Key('a');
$b = new Key('b');
$c = new Key('c');
$map[$a] = 'value a';
$map[$b] = ['list', 'for', 'b'];
$map[$c] = new ArrayObject([1, 2]);
echo count($map), "\n";
var_dump($map[$a], isset($map[$b]), isset($map[new Key('temp')]));

foreach ($map as $k => $v) {
    echo $k->name, " => ", is_array($v) ? implode(' ', $v) : (is_object($v) ? get_class($v) : $v), "\n";
}
echo "loop variables still hold the last key:\n";
echo $k->name, "\n";
unset($k, $v);

echo "unset b:\n";
unset($b);
echo count($map), "\n";
echo "reassign c:\n";
$c = null;
echo count($map), "\n";

echo "modify through the map:\n";
$map[$a] .= '!';
$map[$a] .= '?';
var_dump($map[$a]);
unset($map[$a]);
var_dump(count($map), isset($map[$a]));

echo "errors:\n";
try {
    $map['string'] = 1;
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo $map[new Key('missing')];
} catch (Error $e) {
    echo get_class($e), ": ", preg_replace('/#\d+/', '#N', $e->getMessage()), "\n";
}
try {
    $map[] = 1;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

echo "value keeping its own key alive is still weak in the key:\n";
$k = new Key('self');
$map[$k] = $k;
echo count($map), "\n";
unset($k);
echo count($map), "\n";
echo "end\n";
