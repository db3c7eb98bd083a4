<?php
// Compound assignments through object property dims (FETCH_OBJ_RW) and $o->p--.
class Box {
    public $items = ['n' => 1, 'list' => [1, 2]];
    public int $count = 3;
    public $s = 'q';
}
$b = new Box;
$b->items['n'] += 10;
$b->items['list'][0] *= 7;
$b->items['list'][1]--;
$b->items['new'] ??= 'dflt';
$b->items['str'] = 'a';
$b->items['str'] .= 'bc';
var_dump($b->items);
$old = $b->count--;
var_dump($old, $b->count);
$o2 = $b->s--;
var_dump($o2, $b->s);
$std = new stdClass;
$std->x = 5;
$r = $std->x--;
var_dump($r, $std->x);
$u = @$std->undef--;
var_dump($u, $std->undef);
$std->arr['k'] .= 'v';
var_dump($std->arr);
$b->count = PHP_INT_MIN;
try { $z = $b->count--; var_dump($z); } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
$name = 'items';
$b->$name['n'] -= 1;
var_dump($b->items['n']);
