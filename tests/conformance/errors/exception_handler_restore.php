<?php
// restore_exception_handler, a handler that itself throws, and the exit status.
set_exception_handler(function ($e) { echo "A: ", $e->getMessage(), "\n"; });
set_exception_handler(function ($e) { echo "B: ", $e->getMessage(), "\n"; });
var_dump(restore_exception_handler());
set_exception_handler(function (Throwable $e) {
    echo "C got ", get_class($e), ": ", $e->getMessage(), "\n";
    throw new LogicException("thrown from the handler", 0, $e);
});
register_shutdown_function(function () {
    $err = error_get_last();
    echo "shutdown sees type ", $err['type'] ?? 'none', "\n";
});
function fail() {
    throw new DomainException("original problem");
}
echo "calling fail\n";
fail();
