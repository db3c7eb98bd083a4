<?php
// trigger_error at every user level without a handler; E_USER_ERROR ends the script (255).
register_shutdown_function(function () {
    echo "shutdown: last error type ", error_get_last()['type'], "\n";
});
var_dump(trigger_error("a notice", E_USER_NOTICE));
var_dump(trigger_error("a warning", E_USER_WARNING));
var_dump(trigger_error("a deprecation", E_USER_DEPRECATED));
var_dump(trigger_error("default level"));
var_dump(user_error("alias of trigger_error", E_USER_NOTICE));
try {
    trigger_error("bad level", E_WARNING);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
$msg = "multi\nline message with %s and 100%";
trigger_error($msg, E_USER_WARNING);
function deep() {
    trigger_error("from function " . __FUNCTION__, E_USER_NOTICE);
}
deep();
echo "before fatal\n";
trigger_error("fatal user error", E_USER_ERROR);
echo "not reached\n";
