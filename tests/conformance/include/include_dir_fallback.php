<?php
// A bare name included from an included file falls back to that file's own directory.
set_include_path('nonexistent_dir');
$rm_seen = [];
var_dump(include 'incpath/deep/outer.inc');
print_r($rm_seen);
// not found through the main script's directory
var_dump((@include 'neighbor.inc'));
function incFromFunction() {
    $rm_seen = [];
    $r = include __DIR__ . '/incpath/deep/outer.inc';
    return [$r, $rm_seen];
}
print_r(incFromFunction());
var_dump(array_map('basename', array_slice(get_included_files(), 1)));
