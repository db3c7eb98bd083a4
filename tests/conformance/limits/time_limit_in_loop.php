<?php
// A loop that calls no function still obeys max_execution_time.
set_time_limit(1);
echo "looping\n";
$i = 0;
while (true) {
    $i++;
}
