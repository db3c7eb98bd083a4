<?php
// Which undefined variables warn, and in what order, for compound writes and other
// read-modify-write uses.
$a[$b] += 1;
$c[$d][$e] .= 'x';
try { $f->p++; } catch (Error $e1) { echo $e1->getMessage(), "\n"; }
try { --$g->p; } catch (Error $e1) { echo $e1->getMessage(), "\n"; }
try { $h->p += 1; } catch (Error $e1) { echo $e1->getMessage(), "\n"; }
unset($i['k']);
unset($j['k']['l']);
foreach ($k as &$v) {}
foreach ($l as $v) {}
var_dump($a, $c);
$x = ['a' => [1]];
try { unset($x[[]][0]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { unset($x[[]]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $m->p[$n] .= 'x'; } catch (Error $e1) { echo $e1->getMessage(), "\n"; }
unset($o->p['k']);
try { $q->p[] = 1; } catch (Error $e1) { echo $e1->getMessage(), "\n"; }
