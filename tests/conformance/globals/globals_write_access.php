<?php
// Writing globals through $GLOBALS['x'] from functions: create, modify, increment, unset,
// nested array writes, and references obtained through $GLOBALS.
$total = 0;
$items = [];
function addItem(string $name, int $qty): void {
    $GLOBALS['items'][$name] = ($GLOBALS['items'][$name] ?? 0) + $qty;
    $GLOBALS['total'] += $qty;
    $GLOBALS['lastAdded'] = $name;
}
addItem('apple', 3);
addItem('pear', 2);
addItem('apple', 4);
print_r($items);
echo "total=$total last=$lastAdded\n";
function bump() {
    $GLOBALS['hits']++;
}
$hits = 0;
bump(); bump(); bump();
echo "hits=$hits\n";
function createMany() {
    foreach (['alpha', 'beta', 'gamma'] as $i => $n) {
        $GLOBALS["dyn_$n"] = $i * 10;
    }
}
createMany();
echo $dyn_alpha, " ", $dyn_beta, " ", $dyn_gamma, "\n";
function removeIt() {
    unset($GLOBALS['dyn_beta']);
}
removeIt();
var_dump(isset($dyn_beta));
function refToGlobal() {
    $r = &$GLOBALS['total'];
    $r = -1;
}
refToGlobal();
echo "total after ref write: $total\n";
function appendLog(string $line) {
    $GLOBALS['log'][] = $line;
}
appendLog("one");
appendLog("two");
echo implode("|", $log), "\n";
function swapGlobals($a, $b) {
    [$GLOBALS[$a], $GLOBALS[$b]] = [$GLOBALS[$b], $GLOBALS[$a]];
}
$x = "X";
$y = "Y";
swapGlobals('x', 'y');
echo "$x$y\n";
$GLOBALS['viaMain'] = 'set in main scope';
echo $viaMain, "\n";
$GLOBALS['total'] .= "!";
var_dump($total);
function incrementMissing() {
    $GLOBALS['neverSet']++;
}
incrementMissing();
var_dump($neverSet);
