<?php
// trigger_error with E_USER_ERROR is fatal: output so far, then the message, exit status 255.
function validate($age) {
    if ($age < 0) {
        trigger_error("Age cannot be negative: $age", E_USER_ERROR);
    }
    return "age ok: $age";
}
function shutdownReport() {
    echo "shutdown: ", error_get_last()["message"] ?? "no error", "\n";
}
register_shutdown_function('shutdownReport');
echo validate(30), "\n";
echo validate(-4), "\n";
echo "not reached\n";
