<?php
// exit("msg") prints the message and exits with status 0.
echo "working...\n";
$msg = "finished with message\n";
exit($msg);
echo "not reached\n";
