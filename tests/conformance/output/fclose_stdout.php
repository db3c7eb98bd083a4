<?php
// Closing the STDOUT constant's stream closes file descriptor 1 in php-cli: the next write
// to the output layer fails and php-cli aborts the script with exit status 255 (nothing after
// it runs, not even writes to STDERR).
fwrite(STDERR, "stderr before close\n");
echo "stdout before close\n";
$ok = fclose(STDOUT);
fwrite(STDERR, "stderr after close: " . var_export($ok, true) . "\n");
echo "echo after closing STDOUT\n";
fwrite(STDERR, "stderr after the failed echo\n");
