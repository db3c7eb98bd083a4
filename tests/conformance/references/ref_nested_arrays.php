<?php
// References into nested arrays.
$config = ['db' => ['host' => 'localhost', 'port' => 3306], 'debug' => false];
$db = &$config['db'];
$db['port'] = 5432;
$db['user'] = 'admin';
var_dump($config['db']);
// A reference to a deep path creates intermediate arrays.
$tree = [];
$leaf = &$tree['a']['b']['c'];
$leaf = 'deep';
echo json_encode($tree), "\n";
// Walk a path and set a value through a moving reference.
function setPath(array &$arr, array $path, $value) {
    $cur = &$arr;
    foreach ($path as $key) {
        if (!isset($cur[$key]) || !is_array($cur[$key])) {
            $cur[$key] = [];
        }
        $cur = &$cur[$key];
    }
    $cur = $value;
}
$settings = ['x' => 1];
setPath($settings, ['ui', 'theme', 'color'], 'blue');
setPath($settings, ['ui', 'theme', 'size'], 12);
setPath($settings, ['x', 'y'], 'replaced scalar');
echo json_encode($settings), "\n";
// Reference to a nested element survives copying the outer array.
$matrix = [[1, 2], [3, 4]];
$cell = &$matrix[1][0];
$copy = $matrix;
$cell = 'shared';
echo json_encode($matrix), " ", json_encode($copy), "\n";
// Building a tree by references to children.
$nodes = [];
$root = ['name' => 'root', 'children' => []];
$nodes['root'] = &$root;
foreach ([['a', 'root'], ['b', 'root'], ['c', 'a'], ['d', 'c']] as [$name, $parent]) {
    $nodes[$parent]['children'][$name] = ['name' => $name, 'children' => []];
    $nodes[$name] = &$nodes[$parent]['children'][$name];
}
function show($n, $indent = 0) {
    echo str_repeat(' ', $indent), $n['name'], "\n";
    foreach ($n['children'] as $child) {
        show($child, $indent + 2);
    }
}
show($root);
// Nested modification via foreach by reference on inner arrays.
$groups = ['g1' => [1, 2], 'g2' => [3]];
foreach ($groups as &$g) {
    foreach ($g as &$item) {
        $item *= 100;
    }
    unset($item);
    $g[] = count($g);
}
unset($g);
echo json_encode($groups), "\n";
// Reference into an array nested inside a reference.
$outer = ['inner' => ['v' => 1]];
$inner = &$outer['inner'];
$v = &$inner['v'];
$v++;
unset($inner);
$v++;
var_dump($outer['inner']['v']);
