<?php
// An uncaught TypeError raised by a builtin at top level, after some output.
$values = ["abc", "de", [1, 2]];
$total = 0;
foreach ($values as $v) {
    echo "measuring ", gettype($v), "\n";
    $total += strlen($v);
    echo "total $total\n";
}
echo "never\n";
