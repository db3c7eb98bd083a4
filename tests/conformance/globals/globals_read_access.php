<?php
// Reading globals through $GLOBALS inside functions, closures and arrow functions.
$config = ['name' => 'demo', 'limits' => ['max' => 10]];
$counter = 3;
$nullable = null;
function readConfig() {
    return $GLOBALS['config']['name'] . ':' . $GLOBALS['config']['limits']['max'];
}
function hasGlobal(string $name): string {
    return sprintf("%s isset=%s exists=%s", $name,
        var_export(isset($GLOBALS[$name]), true),
        var_export(array_key_exists($name, $GLOBALS), true));
}
echo readConfig(), "\n";
echo hasGlobal('counter'), "\n";
echo hasGlobal('nullable'), "\n";
echo hasGlobal('missing'), "\n";
$fn = fn() => $GLOBALS['counter'] * 2;
echo $fn(), "\n";
$cl = function () {
    return array_sum(array_map(fn($k) => strlen($k), ['config', 'counter']));
};
echo $cl(), "\n";
// A copy of $GLOBALS is a plain array snapshot (PHP 8.1+).
$copy = $GLOBALS;
$counter = 100;
echo "copy counter: ", $copy['counter'], ", live: ", $GLOBALS['counter'], "\n";
var_dump(is_array($GLOBALS));
$keys = array_keys($GLOBALS);
$userKeys = array_values(array_filter($keys, fn($k) => in_array($k, ['config', 'counter', 'nullable', 'fn', 'cl', 'copy'], true)));
sort($userKeys);
echo implode(",", $userKeys), "\n";
function countUserGlobals(): int {
    $n = 0;
    foreach ($GLOBALS as $k => $v) {
        if (is_int($v)) {
            $n++;
        }
    }
    return $n;
}
echo "int globals: ", countUserGlobals(), "\n";
echo "undefined via GLOBALS: ";
var_dump($GLOBALS['notThere'] ?? 'default');
echo $GLOBALS['reallyMissing'];
echo "\nend\n";
