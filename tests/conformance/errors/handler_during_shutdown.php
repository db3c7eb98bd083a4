<?php
// The error handler stays active during shutdown functions; warnings raised there are handled;
// an exception thrown by a shutdown function is reported as uncaught.
set_error_handler(function ($no, $str, $file, $line) {
    echo "handler: $str (line $line)\n";
    return true;
});
register_shutdown_function(function () {
    echo "shutdown 1\n";
    $a = [];
    echo $a['late'];
    trigger_error("user warning at shutdown", E_USER_WARNING);
});
register_shutdown_function(function () {
    restore_error_handler();
    echo "shutdown 2 after restore\n";
    echo $undefinedAtShutdown;
    throw new RuntimeException("thrown from shutdown 2");
});
register_shutdown_function(function () {
    echo "shutdown 3\n";
});
echo "main\n";
echo $undefinedInMain;
