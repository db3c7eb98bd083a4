<?php
// An included file shares the variable scope of the including code.
$input = "hello";
$items = ['original'];
$toRemove = "present";
include __DIR__ . '/vars_shared.inc';
var_dump($output, $counter, $items, isset($toRemove), $fromInclude);
$input = "second run";
include __DIR__ . '/vars_shared.inc';
var_dump($output, $counter, $items);
// References made before the include stay in effect.
$target = "t";
$input = &$target;
$target = "via reference";
include __DIR__ . '/vars_shared.inc';
var_dump($output);
// The included code sees loop variables.
foreach (['a', 'bb', 'ccc'] as $input) {
    include __DIR__ . '/vars_shared.inc';
    echo $output, "\n";
}
var_dump($counter, count($items));
// get_defined_vars after the include contains the new names.
$names = array_keys(get_defined_vars());
sort($names);
echo implode(",", array_intersect($names, ['output', 'counter', 'fromInclude', 'toRemove', 'items'])), "\n";
