<?php
// Functions returning by reference: function &f().
function &getStore() {
    static $store = [];
    return $store;
}
$s = &getStore();
$s['a'] = 1;
$s['b'] = 2;
var_dump(getStore());
// Without & at the call site, the result is a copy.
$copy = getStore();
$copy['c'] = 3;
var_dump(count(getStore()));
// Returning a reference to an array element.
function &element(array &$arr, $key) {
    return $arr[$key];
}
$data = ['x' => 10, 'y' => 20];
$ex = &element($data, 'x');
$ex = 99;
$ez = &element($data, 'z');   // creates the key
$ez = 'created';
var_dump($data);
// Returning a reference into a nested static structure.
function &config($section) {
    static $cfg = ['main' => ['level' => 1]];
    if (!isset($cfg[$section])) {
        $cfg[$section] = [];
    }
    return $cfg[$section];
}
$main = &config('main');
$main['level'] = 5;
$extra = &config('extra');
$extra[] = 'added';
echo json_encode(config('main')), json_encode(config('extra')), "\n";
// Returning a non-variable from a by-ref function gives a notice.
function &notAVariable() {
    return 1 + 1;
}
$nv = &notAVariable();
var_dump($nv);
// Returning a reference to a local: the local survives through the reference.
function &local() {
    $l = "local value";
    return $l;
}
$lr = &local();
$lr .= " modified";
var_dump($lr);
// Using a by-ref function result directly in foreach and in assignment ops.
function &counter() {
    static $c = 0;
    return $c;
}
$c = &counter();
$c += 10;
$d = &counter();
$d++;
var_dump(counter());
// A reference-returning function used in a by-ref argument position.
function addTen(&$v) { $v += 10; }
addTen(counter());
var_dump(counter());
// By-ref function called without & on the left side behaves like by value.
$plain = counter();
$plain = -1;
var_dump(counter());
