<?php
// exit() with nested transforming buffers: buffers are flushed (callbacks run, innermost first)
// and shutdown functions see them; the exit status is kept.
register_shutdown_function(function () {
    echo "shutdown sees level ", ob_get_level(), "\n";
});
ob_start(function ($buf, $phase) {
    return "<outer phase=" . $phase . ">" . $buf . "</outer>\n";
});
echo "outer text ";
ob_start(fn($buf) => strtoupper($buf));
echo "inner text ";
function finish(int $code) {
    echo "finishing with $code ";
    exit($code);
}
finish(4);
echo "not reached";
