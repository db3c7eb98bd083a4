<?php
// set_exception_handler with a function name: the handler runs for an uncaught error; exit status is 255.
function report($e) {
    $lines = explode("\n", (string) $e);
    echo "handled: ", $lines[0], "\n";
    echo "frames: ", count(preg_grep('/^#\d+ /', $lines)), "\n";
}
function onShutdown() {
    echo "shutdown after handler\n";
}
register_shutdown_function('onShutdown');
var_dump(set_exception_handler('report'));
function parse($s) {
    if (!is_numeric($s)) {
        return intdiv(strlen($s), 0);
    }
    return (int) $s;
}
echo parse("42"), "\n";
echo parse("forty-two"), "\n";
echo "not reached\n";
