<?php
// Pre/post increment and decrement of static properties, with results used.
class Counter {
    public static $n = 10;
    public static ?int $typed = 5;
    protected static $hidden = 1;
    public static function bumpHidden() { return static::$hidden--; }
}
$a = Counter::$n++;
$b = Counter::$n--;
$c = --Counter::$n;
$d = ++Counter::$n;
echo "$a $b $c $d ", Counter::$n, "\n";
$e = Counter::$typed--;
$f = --Counter::$typed;
var_dump($e, $f, Counter::$typed);
Counter::$typed = PHP_INT_MAX;
try { $g = Counter::$typed++; var_dump($g); } catch (Error $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
var_dump(Counter::$typed);
Counter::$typed = PHP_INT_MIN;
try { $g = Counter::$typed--; var_dump($g); } catch (Error $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
var_dump(Counter::$typed);
$cls = 'Counter';
$h = $cls::$n--;
$i = $cls::$n++;
var_dump($h, $i, Counter::bumpHidden(), Counter::bumpHidden());
Counter::$n = "abc";
$j = Counter::$n++;
var_dump($j, Counter::$n);
Counter::$n = null;
$k = Counter::$n--;
var_dump($k, Counter::$n);
try { $z = Counter::$missing++; } catch (Error $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
