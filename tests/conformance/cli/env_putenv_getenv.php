<?php
// putenv/getenv round trips on variables this program owns; getenv of unknown names is false.
var_dump(getenv('PHPOVM_TEST_NOPE_XYZ'));
var_dump(getenv('NOPE'));
var_dump(putenv('PHPOVM_T1=hello'));
var_dump(getenv('PHPOVM_T1'));
var_dump(putenv('PHPOVM_T2=a=b=c'));
var_dump(getenv('PHPOVM_T2'));
var_dump(putenv('PHPOVM_T3='));
var_dump(getenv('PHPOVM_T3'));
putenv('PHPOVM_T1=changed');
var_dump(getenv('PHPOVM_T1'));
// unset by name only
var_dump(putenv('PHPOVM_T1'));
var_dump(getenv('PHPOVM_T1'));
// getenv() without args includes our own variable (only print ours)
putenv('PHPOVM_T4=four');
$all = getenv();
var_dump(is_array($all));
var_dump($all['PHPOVM_T4'] ?? 'missing', $all['PHPOVM_T2'] ?? 'missing', array_key_exists('PHPOVM_T1', $all));
// local_only flag
var_dump(getenv('PHPOVM_T4', true));
var_dump(getenv('PHPOVM_T4', false));
// a function that reads env
function envOr(string $k, string $d): string {
    $v = getenv($k);
    return $v === false ? $d : $v;
}
echo envOr('PHPOVM_T4', 'x'), " ", envOr('PHPOVM_MISSING', 'default'), "\n";
for ($i = 0; $i < 3; $i++) {
    putenv("PHPOVM_LOOP_$i=" . ($i * 10));
}
$sum = 0;
for ($i = 0; $i < 3; $i++) {
    $sum += (int)getenv("PHPOVM_LOOP_$i");
}
echo "sum=$sum\n";
try {
    putenv('=bad');
} catch (\ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    var_dump(putenv(''));
} catch (\ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
