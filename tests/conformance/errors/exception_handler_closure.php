<?php
// set_exception_handler with a closure: returns the previous handler, is called for an
// exception escaping several frames, and shutdown functions still run afterwards.
function level3($n) {
    if ($n > 2) {
        throw new RuntimeException("too deep: $n", 42);
    }
    return level3($n + 1);
}
function level1() {
    try {
        return level3(0);
    } finally {
        echo "finally in level1 runs before the handler\n";
    }
}
register_shutdown_function(function () {
    echo "shutdown function runs after the exception handler\n";
});
var_dump(set_exception_handler('first_handler'));
function first_handler(Throwable $e) {
    echo "first_handler should not run\n";
}
$prev = set_exception_handler(function (Throwable $e) {
    printf("handled %s(%d): %s at %s:%d\n", get_class($e), $e->getCode(), $e->getMessage(),
        basename($e->getFile()), $e->getLine());
    $frames = array_map(fn($f) => $f['function'] . '(' . implode(',', $f['args'] ?? []) . ')', $e->getTrace());
    echo "trace functions: ", implode(' <- ', $frames), "\n";
    echo "previous: ", var_export($e->getPrevious(), true), "\n";
});
var_dump($prev);
echo "before\n";
level1();
echo "never printed\n";
