<?php
// Post-decrement of object properties with the old value used (POST_DEC_OBJ).
$b = new stdClass;
$b->count = 3;
$b->s = 'q';
$b->f = 1.5;
$b->nul = null;
$old = $b->count--;
var_dump($old, $b->count);
$o2 = $b->s--;
var_dump($o2, $b->s);
$r = $b->f--;
var_dump($r, $b->f);
$q = $b->nul--;
var_dump($q, $b->nul);
$u = $b->undef--;
var_dump($u, $b->undef);
$b->min = PHP_INT_MIN;
$m = $b->min--;
var_dump($m, $b->min);
$name = 'count';
$d = $b->$name--;
var_dump($d, $b->count);
$n = null;
try { $z = $n->p--; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function dec(object $o) { return $o->v--; }
$c = new stdClass; $c->v = 10;
echo dec($c), " ", dec($c), " ", $c->v, "\n";
