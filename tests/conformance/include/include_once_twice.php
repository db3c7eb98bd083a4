<?php
// include_once / require_once load a file only once, even with different path spellings.
var_dump(include_once __DIR__ . '/once_lib.inc');
var_dump(include_once __DIR__ . '/once_lib.inc');
var_dump(require_once __DIR__ . '/once_lib.inc');
var_dump(include_once __DIR__ . '/./once_lib.inc');
var_dump(require_once __DIR__ . '/../include/once_lib.inc');
var_dump(include_once 'once_lib.inc');
var_dump($onceLoads);
echo once_lib_hello(), "\n";
// A plain include of a file counts each time; include_once afterwards is skipped.
var_dump(include __DIR__ . '/counter.inc');
var_dump(include __DIR__ . '/counter.inc');
var_dump(include_once __DIR__ . '/counter.inc');
var_dump(include_once __DIR__ . '/counter.inc');
var_dump($loads);
// get_included_files lists each included file once (basenames only).
// Entry 0 is the main script, which an image reports as the .phpo file (spec/differences.md).
echo implode(",", array_map('basename', array_slice(get_included_files(), 1))), "\n";
// include_once in a loop.
for ($i = 0; $i < 3; $i++) {
    $r = include_once __DIR__ . '/counter.inc';
    echo "iteration $i: ", var_export($r, true), "\n";
}
var_dump($loads);
