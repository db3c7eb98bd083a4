<?php
// exit(256) is reported as status 0 by the OS.
echo "exiting with 256\n";
exit(256);
