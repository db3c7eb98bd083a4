<?php
// error_reporting() as seen from inside a handler: with @ it is reduced to the fatal mask;
// the handler is invoked even for levels excluded by error_reporting.
set_error_handler(function ($no, $str) {
    $rep = error_reporting();
    printf("handler: %-40s error_reporting=%d silenced=%s\n", $str, $rep,
        ($rep & $no) ? "no" : "yes");
    return true;
});
echo $plain;
echo @$silenced;
$old = error_reporting(E_ALL & ~E_WARNING);
echo "old level: $old\n";
echo $excludedButHandled;
error_reporting(E_ERROR);
trigger_error("notice while only E_ERROR reported", E_USER_NOTICE);
error_reporting(-1);
function noisy() {
    echo $insideNoisy;
    return error_reporting();
}
echo "inside @noisy(): ", @noisy(), "\n";
echo "after: ", error_reporting(), "\n";
$v = @(function () {
    trigger_error("deep in closure", E_USER_WARNING);
    return "value";
})();
echo $v, "\n";
restore_error_handler();
// Without a handler: the level mask decides what is displayed.
error_reporting(E_ALL & ~E_NOTICE & ~E_USER_NOTICE);
trigger_error("hidden notice", E_USER_NOTICE);
trigger_error("shown warning", E_USER_WARNING);
error_reporting(E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED);
trigger_error("hidden deprecation", E_USER_DEPRECATED);
var_dump(str_contains(error_get_last()['message'], "hidden deprecation"));
ini_set('error_reporting', (string)E_ALL);
var_dump(error_reporting() === E_ALL);
trigger_error("visible again", E_USER_NOTICE);
