<?php
// exit; stops the script with status 0.
echo "before exit\n";
for ($i = 0; $i < 10; $i++) {
    echo $i;
    if ($i == 3) {
        echo "\n";
        exit;
    }
}
echo "not reached\n";
