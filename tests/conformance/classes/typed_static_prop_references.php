<?php
// References bound to typed static properties keep the property's type
// constraint: writes through the reference are coerced or rejected,
// a reference shared by two typed properties gets both constraints, and
// functions taking by reference see the constraint too.
// (strict_types is off: weak-mode coercion applies.)
class T {
    public static int $int = 1;
    public static ?string $str = 'a';
    public static float $flt = 1.5;
    public static int|bool $ib = 0;
    public static array $arr = [];
}
class U extends T {}

function attempt(string $label, callable $f): void {
    try {
        $f();
        echo "$label: ok\n";
    } catch (TypeError $e) {
        echo "$label: TypeError: ", $e->getMessage(), "\n";
    }
}

$r = &T::$int;
$r = "42";
var_dump(T::$int);
attempt('string into int ref', function () use (&$r) { $r = "x"; });
attempt('float with fraction into int ref', function () use (&$r) { $r = 2.5; });
attempt('array into int ref', function () use (&$r) { $r = []; });
var_dump(T::$int, $r);
$r = 7.0;
var_dump(T::$int);
$r++;
var_dump(U::$int);
attempt('increment past max', function () use (&$r) { $r = PHP_INT_MAX; $r++; });
var_dump($r);

echo "-- nullable string\n";
$s = &T::$str;
$s = null;
var_dump(T::$str);
$s = 15;
var_dump(T::$str);
attempt('object into ?string', function () use (&$s) { $s = new stdClass; });

echo "-- float ref accepts int, converts\n";
$f = &T::$flt;
$f = 3;
var_dump(T::$flt);
$f .= "5";
var_dump(T::$flt);

echo "-- union int|bool\n";
$u = &T::$ib;
$u = "1";
var_dump(T::$ib);
$u = 1.0;
var_dump(T::$ib);
$u = true;
var_dump(T::$ib);
attempt('string into int|bool', function () use (&$u) { $u = "word"; });
var_dump(T::$ib);

echo "-- by-reference parameters\n";
function setTo(&$x, $v) { $x = $v; }
attempt('setTo int "9"', function () { setTo(T::$int, "9"); });
var_dump(T::$int);
attempt('setTo int "nine"', function () { setTo(T::$int, "nine"); });
attempt('sort on int', function () { sort(T::$int); });
attempt('preg_match into int', function () { preg_match('/a/', 'a', T::$int); });
var_dump(T::$int);
attempt('preg_match into array', function () { preg_match('/(b)/', 'abc', T::$arr); });
var_dump(T::$arr);

echo "-- one reference, two typed properties\n";
class V {
    public static int $i = 0;
    public static float $f = 0.0;
    public static int|string $is = 0;
}
attempt('bind float prop to int ref', function () { V::$f = &V::$i; });
V::$is = &V::$i;
attempt('numeric string into shared ref', function () { V::$is = "5"; });
V::$is = 5;
var_dump(V::$i, V::$is);
attempt('non-numeric string into shared ref', function () { V::$is = "abc"; });
attempt('float into shared ref', function () { V::$is = 2.0; });
var_dump(V::$i, V::$is);

echo "-- list() destructuring into typed static\n";
attempt('list into int', function () { [T::$int, T::$str] = ["12", 34]; });
var_dump(T::$int, T::$str);
attempt('list bad', function () { [T::$int] = ["bad"]; });
var_dump(T::$int);
