<?php
// A by-reference parameter given an element or property of a temporary (an error), an element of
// an undefined variable (created silently), or a function's result by name.
$f = function (&$r) { $r = 'set'; };
foreach (['[0, 1]->prop' => fn() => $f([0, 1]->prop), '[0, 1][0]' => fn() => $f([0, 1][0]),
          '"str"[0]' => fn() => $f("str"[0])] as $what => $try) {
    try {
        $try();
        echo "$what: no error\n";
    } catch (Error $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function g(&$r) { $r = 1; }
$name = 'g';
$name($u[0]);
$name($w['a']['b']);
var_dump($u, $w);
$o = new stdClass;
$name($o->p);
$name($o->q[2]);
var_dump($o);

function both(&$a, &$b) { echo "$a $b\n"; $a = 'x'; }
function &id($x) { return $x; }
function plain($x) { return $x; }
both(b: id("B"), a: id("A"));
$arr = ['k' => 'v'];
both(b: $arr['k'], a: id("A2"));
var_dump($arr);
both(b: plain("P"), a: $arr['k']);
