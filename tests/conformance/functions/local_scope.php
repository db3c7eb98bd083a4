<?php
// Functions have their own local scope; no globals leak in.
$outside = "global value";
function noAccess() {
    return isset($outside) ? "visible" : "not visible";
}
var_dump(noAccess());
function shadow($outside) {
    $outside .= " (modified locally)";
    return $outside;
}
var_dump(shadow("param"), $outside);
function localsReset() {
    $count = 0;
    $count++;
    return $count;
}
var_dump(localsReset(), localsReset(), localsReset());
function readUndefined() {
    return $neverSet;
}
var_dump(readUndefined());
$i = 100;
function loopLocal() {
    $sum = 0;
    for ($i = 0; $i < 4; $i++) {
        $sum += $i;
    }
    return [$i, $sum];
}
var_dump(loopLocal(), $i);
function compute($a, $b) {
    $tmp = $a * $b;
    $res = $tmp + $a;
    return $res;
}
var_dump(compute(3, 4));
var_dump(isset($tmp), isset($res));
