<?php
// args: alpha 42 -x --long=value
// Program arguments are passed after the script path ($argv[0] is not printed: it is the script path).
var_dump($argc);
var_dump(array_slice($argv, 1));
var_dump($_SERVER["argc"], count($_SERVER["argv"]) === $argc);
$sum = 0;
foreach (array_slice($argv, 1) as $i => $a) {
    echo $i, ": ", $a, " numeric=", var_export(is_numeric($a), true), "\n";
    if (is_numeric($a)) {
        $sum += $a;
    }
}
var_dump($sum);
