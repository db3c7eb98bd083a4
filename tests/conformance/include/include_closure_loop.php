<?php
// include returning closures, and include inside a loop with a counter.
set_include_path(__DIR__ . '/incpath');
$double = include 'makeclosure.inc';
$rm_factor = 5;
$quint = include 'makeclosure.inc';
var_dump($double instanceof Closure, $double(21), $quint(3));
$rev = require 'arrow.inc';
echo $rev('loop'), "\n";
echo implode(',', array_map($double, [1, 2, 3])), "\n";
$rm_counter = 0;
$rm_log = [];
$returns = [];
for ($i = 0; $i < 4; $i++) {
    $returns[] = include 'tick.inc';
}
var_dump($rm_counter, $returns);
print_r($rm_log);
$i = 'w';
while ($rm_counter < 6) {
    include 'tick.inc';
}
echo end($rm_log), "\n";
function tickInFunction() {
    $i = 'fn';
    $rm_counter = 100;
    $rm_log = [];
    $r = include 'tick.inc';
    return [$r, $rm_counter, $rm_log];
}
var_dump(tickInFunction());
var_dump($rm_counter);
$fns = [];
foreach ([1, 2, 3] as $rm_factor) {
    $fns[] = include 'makeclosure.inc';
}
echo implode(' ', array_map(fn($f) => $f(10), $fns)), "\n";
