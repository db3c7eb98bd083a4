<?php
// The @ operator, error_reporting() changes at runtime, error_get_last and error_clear_last.
$a = [];
$v = @$a["missing"];
var_dump($v, error_get_last()["message"] ?? null);
error_clear_last();
var_dump(error_get_last());
$r = @file_get_contents("/nonexistent/definitely/missing.txt");
var_dump($r, error_get_last()["type"] === E_WARNING);
$old = error_reporting(E_ALL & ~E_WARNING);
echo $undef1;
echo "no warning shown above\n";
error_reporting(E_ALL & ~E_DEPRECATED);
var_dump(strlen(null));
error_reporting($old);
var_dump(error_reporting() === E_ALL);
function noisy($x) {
    return $x["nope"] + 1;
}
var_dump(@noisy([]));
var_dump(noisy([]));
$n = @(10 % 3) + @intdiv(9, 3);
var_dump($n);
echo @$undef2 ?? "coalesced", "\n";
$val = @$arr2["a"]["b"];
var_dump($val);
ini_set("display_errors", "0");
echo $hiddenUndef;
echo "display_errors off: warning hidden\n";
ini_set("display_errors", "1");
echo $visibleUndef;
var_dump(ini_get("error_reporting"), (bool) ini_get("display_errors"));
