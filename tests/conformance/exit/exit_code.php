<?php
// exit(3) sets the process exit status.
$values = [1, 2, 3];
echo "sum=", array_sum($values), "\n";
exit(array_sum($values) - 3);
echo "not reached\n";
