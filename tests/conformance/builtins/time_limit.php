<?php
// set_time_limit and max_execution_time: limits that are never reached.
var_dump(ini_get('max_execution_time'));
var_dump(set_time_limit(0));
var_dump(ini_get('max_execution_time'));
$acc = 0;
for ($i = 0; $i < 200000; $i++) {
    $acc = ($acc + $i * 7) % 1000003;
}
echo "acc=$acc\n";
function boundedWork(int $n): int {
    var_dump(set_time_limit(2));
    var_dump(ini_get('max_execution_time'));
    $h = 0;
    for ($i = 0; $i < $n; $i++) {
        $h = ($h * 31 + $i) & 0xFFFFFF;
    }
    return $h;
}
echo "h=", boundedWork(100000), "\n";
var_dump(ini_get('max_execution_time'));
var_dump(set_time_limit(5));
var_dump(ini_get('max_execution_time'));
var_dump(ini_set('max_execution_time', '7'));
var_dump(ini_get('max_execution_time'));
var_dump(set_time_limit(0));
var_dump(ini_get('max_execution_time'));
$s = str_repeat('ab', 1000);
echo strlen(strrev($s)), "\n";
