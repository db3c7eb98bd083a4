<?php
// A missing include only warns and returns false; execution continues.
echo "before\n";
$r = include __DIR__ . '/does_not_exist.inc';
var_dump($r);
$r = include_once __DIR__ . '/also_missing.inc';
var_dump($r);
$r = @include __DIR__ . '/silenced_missing.inc';
var_dump($r);
$r = include 'relative_missing.inc';
var_dump($r);
// Inside a function.
function tryLoad($name)
{
    $result = include __DIR__ . "/$name";
    return $result === false ? "failed: $name" : $result;
}
echo tryLoad('nothing_here.inc'), "\n";
echo tryLoad('ret_array.inc')['name'], "\n";
// An error handler sees the warnings.
set_error_handler(function ($no, $str, $file, $line) {
    echo "handler: [$no] ", str_replace(__DIR__ . '/', '', $str), " (", basename($file), ":$line)\n";
    return true;
});
var_dump(include __DIR__ . '/handled_missing.inc');
restore_error_handler();
// An empty path is a ValueError.
try {
    var_dump(include '');
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "after\n";
