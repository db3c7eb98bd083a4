<?php
// set_exception_handler with closures: previous handlers, restore, handler for an Error.
register_shutdown_function(function () {
    echo "shutdown function runs after the handler\n";
});
$h1 = function (Throwable $e) {
    echo "handler1: ", get_class($e), ": ", $e->getMessage(), "\n";
};
var_dump(set_exception_handler($h1));
$h2 = function (Throwable $e) {
    echo "handler2: ", get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
    $p = $e->getPrevious();
    echo "previous: ", $p ? $p->getMessage() : "none", "\n";
};
$prev = set_exception_handler($h2);
var_dump($prev === $h1);
var_dump(restore_exception_handler());
$prev = set_exception_handler($h2);
var_dump($prev === $h1);
// A caught exception does not reach the handler.
try {
    throw new Exception("caught normally");
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
function fail($n) {
    if ($n > 2) {
        $z = 0;
        try {
            return $n % $z;
        } catch (DivisionByZeroError $e) {
            throw new RuntimeException("wrapped division", 0, $e);
        }
    }
    return fail($n + 1);
}
echo "before\n";
fail(0);
echo "never\n";
