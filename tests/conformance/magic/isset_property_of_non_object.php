<?php
// isset()/empty() of a property of something that is not an object: false (empty: true) without
// converting the name operand (an array would warn); an undefined variable as the name warns.
$n = null; $o = new stdClass; $o->p = 1; $r = &$o;
var_dump(isset($n->{[1]}), empty($n->{[1]}), isset($n->$undef), isset($r->p), empty($r->p), isset($o->{'p'}));
try { var_dump(isset($o->{[1]})); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$g = [1 => null];
var_dump(isset($g[1]->$g), isset($GLOBALS[1]->$GLOBALS));
