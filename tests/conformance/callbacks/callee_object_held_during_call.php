<?php
// The object a call is made on (a method, an array callable, a bound closure, an object with
// __invoke) lives until the call returns, even when the arguments release the variable that held it.
class Inv { public $v = 5; function m($x) { echo "in m\n"; return $this->v; } static function s($x) { echo "in s\n"; return 1; } function __destruct() { echo "destruct\n"; } }
$f = new Inv;
echo $f->m($f = null), "\n";
$g = new Inv;
$name = 'm';
echo $g->$name($g = null), "\n";
$h = new Inv;
$cb = [$h, 'm'];
echo $cb($h = $cb = null), "\n";
$k = new Inv;
$c = Closure::fromCallable([$k, 'm']);
unset($k);
echo $c($c = null), "\n";
$i = new Inv;
echo call_user_func([$i, 'm'], $i = null), "\n";
class Invokable { public $v = 7; function __invoke($x) { echo "in invoke\n"; return $this->v; } function __destruct() { echo "destruct invokable\n"; } }
$j = new Invokable;
echo $j($j = null), "\n";
$l = new Invokable;
echo array_sum(array_map($l, [1, 2])), "\n";
unset($l);
echo "end\n";
