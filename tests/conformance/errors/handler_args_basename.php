<?php
// What an error handler receives for different kinds of runtime diagnostics.
$names = [
    E_WARNING => "E_WARNING", E_NOTICE => "E_NOTICE", E_DEPRECATED => "E_DEPRECATED",
    E_USER_WARNING => "E_USER_WARNING", E_USER_NOTICE => "E_USER_NOTICE",
    E_USER_DEPRECATED => "E_USER_DEPRECATED", E_USER_ERROR => "E_USER_ERROR",
];
set_error_handler(function (int $errno, string $errstr, string $errfile, int $errline) use ($names) {
    printf("%-17s %-55s %s:%d\n", $names[$errno] ?? $errno, $errstr, basename($errfile), $errline);
    return true;
});
echo $undef;
$arr = ["a" => 1];
$v = $arr["b"];
$v = $arr[3];
$s = "str";
$c = $s[10];
$n = "12abc" + 1;
$i = (int)"9x" + intdiv(7, 2);
strlen(null);
$list = [1, 2];
$str = "x" . $list;
trigger_error("custom " . __LINE__, E_USER_WARNING);
trigger_error("custom error", E_USER_ERROR);
echo "continued after handled E_USER_ERROR\n";
function inner($p) {
    return $p["missing"];
}
inner([]);
$f = fopen("/nonexistent/dir/file.txt", "r");
var_dump($f);
$obj = new stdClass;
echo $obj->nope ?? "coalesced\n";
echo $obj->nope2;
$d = 1.5;
$arr2 = [];
$arr2[$d] = "float key";
var_dump(array_keys($arr2));
$e = explode(",", "a,b")[5] ?? "no fifth\n";
echo $e;
echo "done\n";
