<?php
// include inside a function: the included code runs in the function's local scope.
$globalOnly = "global";
function load($param)
{
    $ret = include __DIR__ . '/vars_local.inc';
    var_dump($ret, $seenGlobal, $createdInInclude);
    return get_defined_vars();
}
$vars = load("p1");
ksort($vars);
echo implode(",", array_keys($vars)), "\n";
// Nothing leaked into the global scope.
var_dump(isset($createdInInclude), isset($seenParam));
// But the function declared inside is global.
echo declared_in_local_include(), "\n";
// With global inside the function the include can see the global.
function loadWithGlobal()
{
    global $globalOnly;
    include __DIR__ . '/vars_local.inc';
    return [$seenParam, $seenGlobal];
}
var_dump(loadWithGlobal());
// At top level the include sees globals.
include __DIR__ . '/vars_local.inc';
var_dump($seenParam, $seenGlobal, $createdInInclude);
// Include inside a closure.
$fn = function ($param) {
    return include __DIR__ . '/vars_local.inc';
};
var_dump($fn("closure param"));
// Recursive function including on each level.
function nest($param)
{
    $v = include __DIR__ . '/vars_local.inc';
    return $param > 0 ? $v . "," . nest($param - 1) : $v;
}
var_dump(nest(2));
