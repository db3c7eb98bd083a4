<?php
// An undefined variable used as an object, with an error handler that throws: the handler's
// exception is the one thrown, not the "on null" error after it.
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
try {
    $foo->a();
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    var_dump($e->getPrevious());
}
try {
    $bar->method(1, 2);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
restore_error_handler();
try {
    $baz->m();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
