<?php
// unset() of references removes only the name, never the shared value.
$a = "value";
$b = &$a;
unset($b);
var_dump($a, isset($b));
$b = "new b";
var_dump($a);
// Unsetting the original leaves the alias alive.
$x = [1, 2];
$y = &$x;
unset($x);
var_dump($y, isset($x));
// Unset of an array element that is referenced elsewhere.
$arr = ['k' => 'v', 'm' => 'n'];
$r = &$arr['k'];
unset($arr['k']);
var_dump($arr, $r);
$r = "no longer in array";
var_dump($arr);
// unset inside a function on a by-reference parameter only drops the local name.
function dropParam(&$p) {
    $p = "changed before unset";
    unset($p);
    $p = "local only";
}
$outer = "outer";
dropParam($outer);
var_dump($outer);
// unset of a global alias inside a function.
$g = "global value";
function dropGlobal() {
    global $g;
    unset($g);
    var_dump(isset($g));
}
dropGlobal();
var_dump($g);
// $GLOBALS unset removes the global itself.
$h = "to delete";
function deleteGlobal() {
    unset($GLOBALS['h']);
}
deleteGlobal();
var_dump(isset($h));
// Unset of a foreach reference variable and then reuse.
$list = [1, 2, 3];
foreach ($list as &$item) {
    $item = $item * $item;
}
unset($item);
$item = "reused";
var_dump($list);
// Setting to null vs unset.
$p = 5;
$q = &$p;
$q = null;
var_dump($p, isset($p), array_key_exists('p', get_defined_vars()));
unset($q);
var_dump(array_key_exists('q', get_defined_vars()));
// Unset of multiple names at once.
$m1 = 1;
$m2 = &$m1;
$m3 = &$m1;
unset($m1, $m2);
var_dump($m3);
