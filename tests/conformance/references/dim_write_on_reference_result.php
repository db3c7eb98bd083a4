<?php
// Writing an element of a by-reference function's result writes through the reference and leaves
// no reference behind.
$data = ['a' => [1]];
function &r() { global $data; return $data['a']; }
r()[] = 2;
r()['k'] = 3;
r()[0] += 10;
unset(r()['k']);
var_dump($data);
class H {
    public $items = [];
    function &items() { return $this->items; }
}
$h = new H;
$h->items()[] = 'x';
$h->items()['y'] = 'z';
var_dump($h);
