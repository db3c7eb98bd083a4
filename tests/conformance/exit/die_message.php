<?php
// die is an alias of exit.
function check($v) {
    if ($v > 2) {
        die("value $v too large, dying\n");
    }
    return $v * 10;
}
foreach ([1, 2, 3, 4] as $v) {
    echo check($v), "\n";
}
echo "not reached\n";
