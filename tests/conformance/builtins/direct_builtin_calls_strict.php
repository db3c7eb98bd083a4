<?php
declare(strict_types=1);
// A builtin called from a strict_types file checks its arguments strictly.
try {
    echo str_repeat("a", "3"), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo str_repeat("a", 3), " ", round(2.5), " ", strlen("four"), "\n";
try {
    echo abs("5"), "\n";
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
