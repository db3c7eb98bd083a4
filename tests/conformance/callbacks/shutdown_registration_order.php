<?php
// register_shutdown_function ordering: FIFO, functions registered during shutdown run last,
// output buffers are flushed before shutdown functions run, each callable type works.
function named_shutdown(string $tag) {
    echo "named_shutdown($tag) ob_level=", ob_get_level(), "\n";
}
$order = [];
register_shutdown_function('named_shutdown', 'A');
register_shutdown_function(function () {
    echo "closure B\n";
    register_shutdown_function(function () {
        echo "E registered by B runs after D\n";
        register_shutdown_function(fn() => print("F registered by E\n"));
    });
});
register_shutdown_function('printf', "printf C with %s and %d\n", "args", 42);
register_shutdown_function(strtoupper(...), "ignored result D");
register_shutdown_function(fn() => print("arrow D2\n"));
ob_start(fn($b) => "[buffered: " . trim($b) . "]\n");
echo "main output inside an open buffer";
function laterFunction() {
    echo "laterFunction registered from a function\n";
}
function registerFromFunction() {
    register_shutdown_function('laterFunction');
}
registerFromFunction();
echo "";
