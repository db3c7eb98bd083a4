<?php
// "continue" targeting switch is equivalent to "break": a compile-time warning.
foreach ([1, 2, 3] as $v) {
    switch ($v) {
        case 2:
            echo "two: continue inside switch\n";
            continue;
        default:
            echo "value $v\n";
    }
    echo "after switch $v\n";
}
