<?php
// args: one two three
// $argv and $argc reached from functions via `global` and $GLOBALS.
function countArgs() {
    global $argc;
    return $argc;
}
function restArgs() {
    global $argv;
    return array_slice($argv, 1);
}
function modifyArgv() {
    global $argv;
    $argv[] = 'added-in-function';
}
function noGlobal() {
    return isset($argv) ? 'visible' : 'not visible';
}
var_dump(countArgs());
var_dump(restArgs());
echo noGlobal(), "\n";
modifyArgv();
var_dump(count($argv), $argv[4]);
var_dump(count($_SERVER['argv']));
function viaGlobals() {
    return $GLOBALS['argv'][2] . '/' . $GLOBALS['argc'];
}
echo viaGlobals(), "\n";
$fn = function () {
    global $argv;
    return strtoupper(implode(',', array_slice($argv, 1, 3)));
};
echo $fn(), "\n";
$arrow = fn() => $GLOBALS['argc'] * 2;
echo $arrow(), "\n";
function reassign() {
    global $argc;
    $argc = 99;
}
reassign();
var_dump($argc, $_SERVER['argc']);
