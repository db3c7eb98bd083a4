<?php
// An ArrayAccess object receives a constant key as written ("7" stays a string), where an array
// sees the integer the compiler made of it; other constant keys as they are.
class A implements ArrayAccess {
    function offsetGet($o): mixed { echo "get "; var_dump($o); return 1; }
    function offsetSet($o, $v): void { echo "set "; var_dump($o); }
    function offsetExists($o): bool { echo "exists "; var_dump($o); return true; }
    function offsetUnset($o): void { echo "unset "; var_dump($o); }
}
$a = new A;
$a["7"];
$a["7"] = 1;
isset($a["7"]);
empty($a["8"]);
unset($a["9"]);
$a["10"] ??= 2;
$a["11"] .= "x";
$a["12"]++;
$x = $a["-3"] ?? null;
$a["07"];
$a["1.5"];
$a[7];
$a["x"];
$r = &$a;
$r["13"] = 1;
function f(A $o) { return $o["14"]; }
f($a);
$arr = ["7" => 'seven'];
var_dump($arr["7"], array_keys($arr));
