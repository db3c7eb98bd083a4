<?php
// include_path: set_include_path to a subdirectory, bare-name includes, round trips.
$orig = get_include_path();
var_dump($orig);
$old = set_include_path('incpath');
var_dump($old === $orig);
var_dump(get_include_path());
var_dump(include 'greet.inc');
echo rm_greet('path'), "\n";
// include_path entry wins over the script directory for a bare name
var_dump(include 'shadow.inc');
// ./ forces cwd-relative resolution
var_dump(include './shadow.inc');
$p = stream_resolve_include_path('greet.inc');
var_dump(str_replace(__DIR__, '<DIR>', $p));
var_dump(stream_resolve_include_path('no_such_file.inc'));
var_dump(str_replace(__DIR__, '<DIR>', stream_resolve_include_path('deep/outer.inc')));
// a path list
set_include_path('nonexistent_dir' . PATH_SEPARATOR . 'incpath' . PATH_SEPARATOR . '.');
var_dump(get_include_path());
var_dump(str_replace(__DIR__, '<DIR>', stream_resolve_include_path('arrow.inc')));
$f = include 'arrow.inc';
echo $f('abc'), "\n";
// ini_get sees the same value
var_dump(ini_get('include_path') === get_include_path());
var_dump(ini_set('include_path', 'incpath'));
var_dump(get_include_path());
// restore
set_include_path($orig);
var_dump(get_include_path() === $orig);
var_dump(include 'shadow.inc');
var_dump(@include 'greet_missing.inc');
var_dump(str_replace(__DIR__, '<DIR>', stream_resolve_include_path('shadow.inc')));
