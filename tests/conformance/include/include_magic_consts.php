<?php
// __FILE__, __LINE__, __DIR__ inside included files refer to the included file.
// Traces show string arguments whole: a path cut at 15 characters depends on where this runs.
// ini: zend.exception_string_param_max_len=1000
echo basename(__FILE__), ":", __LINE__, "\n";
$line = include __DIR__ . '/magic.inc';
var_dump($line, $magicInfo);
var_dump(magic_in_include());
echo basename(__FILE__), ":", __LINE__, "\n";
// Included from inside a function: __FUNCTION__ is still empty in the include's top code.
function inc()
{
    include __DIR__ . '/magic.inc';
    return $magicInfo['function'] . "|" . __FUNCTION__;
}
try {
    var_dump(inc());
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Warnings raised in an included file mention that file and line.
include __DIR__ . '/warns.inc';
// An exception from an included file has the include's file and line.
try {
    include __DIR__ . '/throws.inc';
} catch (RuntimeException $e) {
    echo $e->getMessage(), " at ", basename($e->getFile()), ":", $e->getLine(), "\n";
    echo str_replace(__DIR__ . '/', '', $e->getTraceAsString()), "\n";
}
