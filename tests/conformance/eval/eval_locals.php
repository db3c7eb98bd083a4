<?php
// eval runs in the current scope: it sees and modifies local variables.
$a = 10;
$b = "text";
eval('$a += 5; $b .= " appended"; $c = "created in eval";');
var_dump($a, $b, $c);
function inFunction($param) {
    $local = "local value";
    $r = eval('return "$param / $local";');
    eval('$local = "modified"; $newLocal = 42;');
    var_dump($r, $local, $newLocal);
    var_dump(eval('return isset($a) ? "sees global a" : "no global a";'));
    return get_defined_vars();
}
$vars = inFunction("P");
ksort($vars);
echo implode(",", array_keys($vars)), "\n";
var_dump(isset($newLocal));
// eval inside a loop seeing the loop variable.
$total = 0;
for ($i = 1; $i <= 4; $i++) {
    eval('$total += $i * $i;');
}
var_dump($total);
// References created in eval.
$target = [1, 2, 3];
eval('$alias = &$target; $alias[] = 4;');
var_dump(count($target));
// Undefined variable warnings inside eval mention "eval()'d code".
function undefinedInEval() {
    return eval('return $missing;');
}
var_dump(undefinedInEval());
// eval inside a closure sees the closure's parameters and uses.
$outer = "from use";
$cl = function ($p) use ($outer) {
    return eval('return "$p + $outer";');
};
var_dump($cl("param"));
// global statement inside eval inside a function.
$g = "global g";
function readGlobal() {
    eval('global $g; $g .= " (touched)";');
    return $g;
}
var_dump(readGlobal(), $g);
// Static variables inside an eval'd function body.
eval('function evalCounter() { static $n = 0; return ++$n; }');
echo evalCounter(), evalCounter(), evalCounter(), "\n";
// extract + eval.
extract(['x1' => 1, 'x2' => 2]);
var_dump(eval('return $x1 + $x2;'));
