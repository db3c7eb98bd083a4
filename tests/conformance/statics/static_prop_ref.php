<?php
// Assigning references to static properties (ASSIGN_STATIC_PROP_REF).
class Holder {
    public static $ref;
    public static array $list = [];
    public static ?int $num = null;
}
$x = 1;
Holder::$ref = &$x;
$x = 42;
var_dump(Holder::$ref);
Holder::$ref = 7;
var_dump($x);
$arr = [1, 2];
Holder::$list = &$arr;
$arr[] = 3;
var_dump(Holder::$list);
$s = "str";
try { Holder::$num = &$s; } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
var_dump(Holder::$num);
$n = 3;
Holder::$num = &$n;
try { $n = "x"; } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
$n = 9;
var_dump(Holder::$num);
$cls = 'Holder';
$y = 'dyn';
$cls::$ref = &$y;
$y .= '!';
var_dump(Holder::$ref);
function &getRef() { static $v = 100; return $v; }
Holder::$ref = &getRef();
Holder::$ref++;
var_dump(getRef());
