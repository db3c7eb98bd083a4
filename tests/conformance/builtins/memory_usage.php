<?php
// memory_get_usage / peak and memory_limit ini; only comparisons are printed.
$u0 = memory_get_usage();
var_dump(is_int($u0), $u0 > 0);
var_dump(memory_get_usage(true) > 0);
var_dump(memory_get_peak_usage() >= $u0 || memory_get_peak_usage() > 0);
var_dump(memory_get_peak_usage(true) > 0);
var_dump(ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '64M'));
var_dump(ini_get('memory_limit'));
$big = [];
for ($i = 0; $i < 20000; $i++) {
    $big[] = str_repeat('x', 20) . $i;
}
$u1 = memory_get_usage();
var_dump($u1 > 0, count($big));
unset($big);
var_dump(memory_get_usage() > 0);
var_dump(ini_set('memory_limit', '-1'));
var_dump(ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '100M'));
var_dump(ini_get('memory_limit'));
var_dump(ini_restore('memory_limit'));
var_dump(ini_get('memory_limit'));
function f() { return memory_get_usage() > 0 ? 'positive' : 'zero'; }
echo f(), "\n";
if (function_exists('memory_reset_peak_usage')) {
    memory_reset_peak_usage();
    echo "reset ok\n";
}
