<?php
// A numeric string passed to exit is printed, not used as the status.
echo "exit with \"42\":\n";
exit("42");
