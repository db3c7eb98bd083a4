<?php
// A file included again after it changed runs its new code; one included again unchanged runs the
// same code again, with its own locals each time.
$path = sys_get_temp_dir() . '/phpovm_include_rewritten_' . getmypid() . '.php';
file_put_contents($path, '<?php $seen[] = "first"; return count($seen);');
$seen = [];
var_dump(include $path, include $path);
file_put_contents($path, '<?php $seen[] = "second"; return implode(",", $seen);');
var_dump(include $path);
file_put_contents($path, '<?php return strlen("changed but same size!");');
clearstatcache();
var_dump(include $path);
unlink($path);
var_dump(@include $path);
