<?php
// What __get() returns by reference is read as a value: foreach iterates it, var_dump shows no
// "&", and writing through it ($o->p[] = ..., $b = &$o->p) reaches the stored array.
class Bag {
    private $keys = [];
    public function &__get($name) { return $this->keys[$name]; }
    public function __set($name, $value) { $this->keys[$name] = $value; }
}
$bag = new Bag;
$bag->list = ['a', 'b'];
$alias = &$bag->list;
$alias[] = 'c';
foreach ($bag->list as $k => $v) echo "$k => $v\n";
$bag->list[] = 'd';
foreach ($bag->list as $k => $v) echo "$k => $v\n";
var_dump($bag->list);
$bag->list[9] = 'nine';
var_dump(count($bag->list), $bag->list[9]);
$copy = $bag->list;
$copy[] = 'only in the copy';
var_dump(count($bag->list));
