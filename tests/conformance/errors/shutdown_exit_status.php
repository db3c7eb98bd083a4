<?php
// exit() inside a shutdown function sets the process exit status.
function finish($code) {
    echo "shutdown: exiting with $code\n";
    exit($code);
}
register_shutdown_function('finish', 7);
echo "main done\n";
