<?php
// Compound assignments through object property dims (FETCH_OBJ_RW).
$b = new stdClass;
$b->items = ['n' => 1, 'list' => [1, 2]];
$b->items['n'] += 10;
$b->items['list'][0] *= 7;
$b->items['list'][1]--;
$b->items['new'] ??= 'dflt';
$b->items['str'] = 'a';
$b->items['str'] .= 'bc';
var_dump($b->items);
$b->arr['k'] .= 'v';
var_dump($b->arr);
$name = 'items';
$b->$name['n'] -= 1;
var_dump($b->items['n']);
$b->str = 'abc';
try { $b->str[0] .= 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$b->num = 5;
try { $b->num['k'] += 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($b->num);
$n = null;
try { $n->a['k'] .= 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function bump(object $o, string $k) { $o->tally[$k] = ($o->tally[$k] ?? 0); $o->tally[$k] += 1; return $o->tally[$k]; }
$t = new stdClass;
echo bump($t, 'a'), bump($t, 'a'), bump($t, 'b'), "\n";
