<?php
// exit inside nested function calls and loops.
function inner($n) {
    if ($n == 2) {
        echo "inner exiting with 7\n";
        exit(7);
    }
    return $n;
}
function outer($items) {
    $total = 0;
    foreach ($items as $i) {
        while (true) {
            $total += inner($i);
            break;
        }
    }
    return $total;
}
echo outer([0, 1, 2, 3]), "\n";
echo "not reached\n";
