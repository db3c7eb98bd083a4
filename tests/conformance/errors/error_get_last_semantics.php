<?php
// error_get_last(): structure, silenced errors, handlers returning true/false, error_clear_last.
function show($label) {
    $e = error_get_last();
    if ($e === null) {
        echo "$label: null\n";
        return;
    }
    ksort($e);
    echo "$label: ", implode(" | ", array_map(
        fn($k, $v) => $k . "=" . ($k === "file" ? basename($v) : $v), array_keys($e), $e)), "\n";
}
show("start");
$a = @$undefinedThing;
show("after @undefined");
@trigger_error("silenced user warning", E_USER_WARNING);
show("after @trigger_error");
$r = @file("/definitely/not/here");
var_dump($r);
show("after @file");
error_clear_last();
show("after clear");
set_error_handler(fn() => true);
trigger_error("handled, not recorded", E_USER_NOTICE);
show("after handled");
restore_error_handler();
set_error_handler(fn() => false);
trigger_error("handler returned false", E_USER_NOTICE);
show("after false-returning handler");
restore_error_handler();
try {
    throw new Exception("exceptions are not errors");
} catch (Exception $e) {
}
show("after caught exception");
$x = [1, 2, 3];
$y = @$x[10];
show("after @offset");
error_reporting(0);
$z = $undefinedWithReportingOff;
show("error_reporting(0) still records");
error_reporting(E_ALL);
echo "reporting restored: ", error_reporting() === E_ALL ? "yes" : "no", "\n";
