<?php
// Statics combined with references.
function &counterRef() {
    static $c = 0;
    $c++;
    return $c;
}
$r = &counterRef();
var_dump($r);
$r += 100;
var_dump(counterRef());
// Assigning a reference to a static variable breaks the static binding for this call only.
function rebind($useRef) {
    static $s = 0;
    $s++;
    if ($useRef) {
        $tmp = "temporary";
        $s = &$tmp;
        $s .= "!";
        return $s;
    }
    return $s;
}
var_dump(rebind(false), rebind(true), rebind(false));
// A static holding an array, modified through a reference returned by a function.
function &bucket() {
    static $b = [];
    return $b;
}
$bref = &bucket();
$bref[] = 'one';
$bref[] = 'two';
var_dump(bucket());
$copy = bucket();
$copy[] = 'not stored';
var_dump(count(bucket()));
// Static that stores a reference to an outer variable is not possible;
// storing the value copies it.
function keeper($v = null) {
    static $kept;
    if ($v !== null) {
        $kept = $v;
    }
    return $kept;
}
$outer = [1, 2];
keeper($outer);
$outer[] = 3;
var_dump(keeper());
// A static updated through a by-reference parameter helper.
function bump(&$x, $by) {
    $x += $by;
}
function total($v) {
    static $sum = 0;
    bump($sum, $v);
    return $sum;
}
total(5);
total(7);
var_dump(total(0));
// foreach by reference over a static array.
function evolve() {
    static $cells = [1, 0, 1];
    foreach ($cells as $i => &$c) {
        $c = ($c + $i) % 2;
    }
    unset($c);
    return implode("", $cells);
}
echo evolve(), " ", evolve(), " ", evolve(), "\n";
