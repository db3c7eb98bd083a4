<?php
// iterator_to_array with and without preserve_keys on generators that
// produce duplicate, non-integer and unusual keys.
function dupes() {
    yield 'a' => 1;
    yield 'b' => 2;
    yield 'a' => 3;
    yield 0 => 'zero';
    yield '0' => 'string zero';
    yield true => 'bool key';
    yield 1.9 => 'float key';
}
var_dump(iterator_to_array(dupes()));
var_dump(iterator_to_array(dupes(), false));
var_dump(iterator_to_array(dupes(), preserve_keys: true) === iterator_to_array(dupes()));

function nested() {
    yield 1;
    yield from [2, 3];
    yield 4;
    yield from (function () { yield 5; yield 6; })();
}
echo "keys of nested delegation:\n";
foreach (nested() as $k => $v) echo "$k=>$v ";
echo "\n";
var_dump(iterator_to_array(nested()));
echo implode(',', iterator_to_array(nested(), false)), "\n";

echo "invalid key types:\n";
function badKeys() {
    yield [1] => 'array';
}
try {
    iterator_to_array(badKeys());
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(iterator_to_array(badKeys(), false));
function nullKey() { yield null => 'n'; }
var_dump(iterator_to_array(nullKey()));

echo "iterator_count consumes the generator:\n";
$g = nested();
echo iterator_count($g), "\n";
try {
    echo iterator_count($g), "\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "iterator_to_array of arrays (PHP 8.2 accepts iterable):\n";
var_dump(iterator_to_array(['x' => 1, 2], false));
