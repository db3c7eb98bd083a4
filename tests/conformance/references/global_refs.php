<?php
// global creates a local reference to the global variable.
$counter = 0;
function inc() {
    global $counter;
    $counter++;
}
inc();
inc();
var_dump($counter);
// global on an undefined global creates it as NULL.
function create() {
    global $created;
    var_dump($created);
    $created = "made in function";
}
create();
var_dump($created);
// Rebinding a global name to a local reference detaches it.
$g = "global";
function detach() {
    global $g;
    $local = "local";
    $g = &$local;
    $g = "only local changed";
}
detach();
var_dump($g);
// $GLOBALS write access.
function viaGlobals() {
    $GLOBALS['g'] = "set via GLOBALS";
    $GLOBALS['brandNew'] = [1, 2];
}
viaGlobals();
var_dump($g, $brandNew);
// Reference to a global array element.
$settings = ['mode' => 'a'];
function setMode($m) {
    global $settings;
    $mode = &$settings['mode'];
    $mode = $m;
}
setMode('b');
var_dump($settings);
// global in nested function calls.
$depth = 0;
function recurse($n) {
    global $depth;
    $depth = max($depth, $n);
    if ($n < 3) recurse($n + 1);
}
recurse(0);
var_dump($depth);
// Passing a global by reference from inside a function.
$total = 10;
function addTo(&$t, $v) { $t += $v; }
function addGlobal() {
    global $total;
    addTo($total, 5);
}
addGlobal();
var_dump($total);
// Global references in a loop.
$names = ['a', 'b'];
$a = 1;
$b = 2;
function doubleNamed($names) {
    foreach ($names as $n) {
        global $$n;
        $$n *= 2;
    }
}
doubleNamed($names);
var_dump($a, $b);
// A global declared in a closure.
$cnt = 100;
$f = function () {
    global $cnt;
    return ++$cnt;
};
$f();
var_dump($f(), $cnt);
