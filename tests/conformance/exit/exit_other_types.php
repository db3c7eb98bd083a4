<?php
// exit() with a non-int, non-string argument prints it like a string and exits 0.
echo "exit with a float:\n";
exit(2.5);
