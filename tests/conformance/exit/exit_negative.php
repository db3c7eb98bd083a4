<?php
// exit(-1) becomes status 255.
echo "exiting with -1\n";
exit(-1);
