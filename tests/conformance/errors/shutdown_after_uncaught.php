<?php
// Shutdown functions run after an uncaught exception's message; output buffers are flushed;
// error_get_last() inside shutdown reports the fatal error.
register_shutdown_function(function () {
    $e = error_get_last();
    if ($e === null) {
        echo "no last error\n";
        return;
    }
    echo "last error type: ", $e['type'], "\n";
    echo "first line: ", strtok($e['message'], "\n"), "\n";
    echo "file: ", basename($e['file']), " line: ", $e['line'], "\n";
});
register_shutdown_function(function () {
    echo "second shutdown, ob level ", ob_get_level(), "\n";
});
ob_start();
echo "buffered before the exception\n";
function explode_now(array $items) {
    return array_map(function ($i) {
        if ($i === 3) {
            throw new UnexpectedValueException("bad item $i");
        }
        return $i * 2;
    }, $items);
}
print_r(explode_now([1, 2]));
print_r(explode_now([1, 2, 3, 4]));
