<?php
// An uncaught error inside a shutdown function is fatal: exit status 255.
function cleanup() {
    echo "cleanup running\n";
    $items = [];
    echo "average: ", intdiv(array_sum($items), count($items)), "\n";
    echo "not reached\n";
}
register_shutdown_function('cleanup');
echo "main done\n";
