<?php
// The global statement: binding references to globals, unset of the local binding,
// globals created by `global`, static vs global, and nested functions.
$a = 1;
$b = 2;
function sumGlobals() {
    global $a, $b;
    return $a + $b;
}
echo sumGlobals(), "\n";
function modify() {
    global $a;
    $a = 10;
    $local = &$a;
    $local++;
}
modify();
echo "a=$a\n";
function createViaGlobal() {
    global $created;
    var_dump($created);
    $created = "now exists";
}
createViaGlobal();
echo $created, "\n";
function unsetLocalBinding() {
    global $b;
    unset($b);          // only removes the local alias
    $b = "local only";
    return $b;
}
echo unsetLocalBinding(), " / global b=$b\n";
function rebind() {
    global $a;
    $other = 500;
    $a = &$other;       // rebinding the local name does not touch the global
    $a++;
    return $a;
}
echo rebind(), " / global a=$a\n";
function counterWithStatic() {
    static $calls = 0;
    global $globalCalls;
    $calls++;
    $globalCalls = ($globalCalls ?? 0) + 1;
    return "$calls/$globalCalls";
}
echo counterWithStatic(), " ", counterWithStatic(), "\n";
$globalCalls = 100;
echo counterWithStatic(), "\n";
function outerFn() {
    global $depth;
    $depth = ($depth ?? 0) + 1;
    if ($depth < 4) {
        outerFn();
    }
    return $depth;
}
echo "depth=", outerFn(), "\n";
$closure = function () {
    global $a;
    return $a * 2;
};
echo $closure(), "\n";
function arrayGlobal() {
    global $list;
    $list[] = count($list ?? []);
}
arrayGlobal(); arrayGlobal(); arrayGlobal();
echo implode(",", $list), "\n";
