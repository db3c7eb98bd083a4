<?php
// A missing require is fatal: warning, then fatal error, exit status 255.
echo "before require\n";
register_shutdown_function(function () {
    echo "shutdown still runs\n";
});
$ok = require __DIR__ . '/ret_array.inc';
echo "first require ok: ", $ok['name'], "\n";
require __DIR__ . '/missing_required.inc';
