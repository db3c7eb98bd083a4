<?php
// static arrays: caches, registries, stacks.
function remember($key, $value = null) {
    static $store = ['init' => true];
    if ($value !== null) {
        $store[$key] = $value;
    }
    return $store[$key] ?? null;
}
remember('a', 1);
remember('b', [2, 3]);
var_dump(remember('a'), remember('b'), remember('init'), remember('zzz'));
function stack($op, $v = null) {
    static $items = [];
    switch ($op) {
        case 'push':
            $items[] = $v;
            return count($items);
        case 'pop':
            return array_pop($items);
        case 'dump':
            return implode(",", $items);
    }
}
stack('push', 1);
stack('push', 2);
stack('push', 3);
var_dump(stack('pop'), stack('dump'));
stack('push', 'x');
var_dump(stack('dump'));
// Memoized fibonacci with a static cache.
function fib($n) {
    static $cache = [0 => 0, 1 => 1];
    if (!isset($cache[$n])) {
        $cache[$n] = fib($n - 1) + fib($n - 2);
    }
    return $cache[$n];
}
var_dump(fib(30), fib(90));
// Nested static arrays modified in place.
function registry($group, $item) {
    static $reg = [];
    $reg[$group][] = $item;
    ksort($reg);
    return $reg;
}
registry('b', 1);
registry('a', 2);
print_r(registry('b', 3));
// Returning a static array returns a copy.
function getList() {
    static $list = [1, 2];
    $list[] = count($list) + 1;
    return $list;
}
$copy = getList();
$copy[] = 'outside';
print_r(getList());
// Static array with a by-reference foreach inside the function.
function incrementAll() {
    static $vals = [1, 2, 3];
    foreach ($vals as &$v) {
        $v *= 2;
    }
    unset($v);
    return implode(" ", $vals);
}
echo incrementAll(), " | ", incrementAll(), "\n";
