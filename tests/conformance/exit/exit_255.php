<?php
// Exit statuses are taken modulo 256 by the OS; exit(255) matches the fatal error status.
echo "exiting with 255\n";
exit(255);
