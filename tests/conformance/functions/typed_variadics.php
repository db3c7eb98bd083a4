<?php
// Typed variadic parameters coerce each extra argument (coercive mode) and reject bad ones.
function average(float ...$values) {
    var_dump($values);
    return count($values) ? array_sum($values) / count($values) : 0.0;
}
var_dump(average(), average(1, 2), average(1.5, "2.5", 3, true));
function labels(string $sep, string ...$parts) {
    var_dump($parts);
    return implode($sep, $parts);
}
var_dump(labels(", ", "a", 1, 2.5, false));
function ids(?int ...$ids) {
    return array_map('gettype', $ids);
}
var_dump(ids(1, null, "3", 4.0));
function sumInts(int ...$n) {
    return array_sum($n);
}
echo sumInts(1, 2, "3"), "\n";
echo "bad element:\n";
echo sumInts(1, 2, "three"), "\n";
