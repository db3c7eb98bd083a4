<?php
// Builtins with "prefer-reference" parameters (array_multisort, extract) called with literal values
// where the callee is only known at run time: in a namespace, and through a variable function name.
namespace Report;

$scores = [70, 95, 82, 95];
$names = ['dee', 'ann', 'cy', 'bob'];
array_multisort($scores, SORT_DESC, SORT_NUMERIC, $names, SORT_ASC, SORT_STRING);
var_dump($scores, $names);

function fromRow(array $row) {
    extract(['name' => 'default', 'age' => 0]);
    extract($row);
    return "$name is $age";
}
echo fromRow(['name' => 'Ann', 'age' => 41]), "\n";
echo fromRow(['age' => 7]), "\n";

$sorter = 'array_multisort';
$a = [3, 1, 2];
$sorter($a, SORT_DESC);
var_dump($a);
