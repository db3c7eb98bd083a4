<?php
// Return values of include/require: explicit values, 1 without return, early returns.
$cfg = include __DIR__ . '/ret_array.inc';
var_dump($cfg);
$r = require __DIR__ . '/ret_array.inc';
var_dump($r === $cfg);
$none = include __DIR__ . '/ret_none.inc';
var_dump($none, $setByNoReturn);
foreach (['early', 'late', 'null', 'bare'] as $mode) {
    $reachedEnd = 'unset';
    $result = include __DIR__ . '/ret_early.inc';
    echo $mode, ": ";
    var_dump($result);
    echo "  reachedEnd=", var_export($reachedEnd, true), "\n";
}
// include as an expression inside other expressions.
echo count((include __DIR__ . '/ret_array.inc')['values']), "\n";
$sum = array_sum((require __DIR__ . '/ret_array.inc')['values']) + 10;
var_dump($sum);
var_dump((include __DIR__ . '/ret_array.inc')['nested']['on']);
// include_once returns true when the file was already included by include_once.
var_dump(include_once __DIR__ . '/ret_array.inc');
var_dump(include_once __DIR__ . '/ret_array.inc');
var_dump(require_once __DIR__ . '/ret_array.inc');
// Relative path resolved through include_path "." (the working directory).
$rel = include 'ret_array.inc';
var_dump($rel['name']);
