<?php
// An error thrown inside a user callback invoked by array_map shows an [internal function] frame.
function invert($x) {
    return intdiv(100, $x);
}
function process(array $values) {
    echo "processing ", count($values), " values\n";
    return array_map('invert', $values);
}
print_r(process([1, 2, 5]));
print_r(process([4, 0, 3]));
