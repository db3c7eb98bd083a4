<?php
// trigger_error routed through a handler: E_USER_ERROR can be handled and execution continues;
// a handler returning false for E_USER_ERROR makes it fatal.
set_error_handler(function ($no, $str, $file, $line) {
    $level = match ($no) {
        E_USER_ERROR => 'USER_ERROR',
        E_USER_WARNING => 'USER_WARNING',
        E_USER_NOTICE => 'USER_NOTICE',
        E_USER_DEPRECATED => 'USER_DEPRECATED',
        default => "other($no)",
    };
    echo "[$level] $str (", basename($file), ":$line)\n";
    return !str_starts_with($str, "!");
});
foreach ([E_USER_NOTICE, E_USER_WARNING, E_USER_DEPRECATED, E_USER_ERROR] as $lvl) {
    $r = trigger_error("level $lvl", $lvl);
    echo "  returned ", var_export($r, true), "\n";
}
trigger_error("!fallback notice", E_USER_NOTICE);
trigger_error("!fallback deprecated", E_USER_DEPRECATED);
echo "still running\n";
trigger_error("!fatal now", E_USER_ERROR);
echo "not reached\n";
