<?php
// global keyword, $GLOBALS reads and element writes, globals across function calls.
$counter = 0;
$config = ["debug" => false, "level" => 1];
$log = [];
function logMsg($msg) {
    global $log, $config;
    if ($config["level"] > 0) {
        $log[] = sprintf("[%02d] %s", count($log) + 1, $msg);
    }
}
function incr($by = 1) {
    global $counter;
    $counter += $by;
    return $counter;
}
function readOnly() {
    return $GLOBALS["counter"] * 2 + count($GLOBALS["log"]);
}
function writeViaGlobals($key, $val) {
    $GLOBALS[$key] = $val;
    $GLOBALS["config"]["level"]++;
}
logMsg("start");
incr();
incr(5);
logMsg("counter is $counter");
var_dump(readOnly());
writeViaGlobals("newVar", [1, 2]);
var_dump($newVar, $config["level"]);
function shadow() {
    $counter = "local";
    global $counter;
    return $counter;
}
var_dump(shadow());
function globalUndefined() {
    global $notYetDefined;
    var_dump($notYetDefined);
    $notYetDefined = "now defined";
}
globalUndefined();
var_dump($notYetDefined);
function unsetGlobal() {
    global $counter;
    unset($counter);
    var_dump(isset($counter), $GLOBALS["counter"]);
}
unsetGlobal();
function dynamicGlobal($name) {
    $GLOBALS[$name] = "dyn-$name";
}
dynamicGlobal("made");
var_dump($made);
function nested() {
    global $config;
    $copy = $config;
    $copy["debug"] = true;
    return [$config["debug"], $copy["debug"]];
}
var_dump(nested());
function keysOfGlobals() {
    $mine = array_intersect(["counter", "config", "log", "newVar", "made", "missing"], array_keys($GLOBALS));
    return array_values($mine);
}
var_dump(keysOfGlobals());
logMsg("end");
print_r($log);
var_dump(isset($GLOBALS["GLOBALS"]), is_array($GLOBALS), isset($GLOBALS["_SERVER"]));
$x = 10;
function modifyCopy() {
    $g = $GLOBALS;
    $g["x"] = 20;
    return $g["x"];
}
var_dump(modifyCopy(), $x);
