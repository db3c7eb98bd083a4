<?php
// [...$traversable]: a string key that is numeric ("42") is appended like an integer key; other
// string keys are kept (later ones overwrite).
function gen() {
    yield "a" => 1;
    yield "42" => 42;
    yield 7 => 7;
    yield "4" . "2" => 43;
    yield "042" => 'leading zero stays a string';
    yield "a" => 'overwritten';
}
var_dump([...gen()]);
var_dump([10, ...new ArrayIterator(["5" => 'five', "x" => 'ex', "-3" => 'minus'])]);
