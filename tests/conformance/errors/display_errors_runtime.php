<?php
// ini_set('display_errors', ...) at runtime: '0' hides, 'stderr' redirects, '1' restores.
echo "start\n";
var_dump(ini_set('display_errors', '0'));
echo $hidden1;
trigger_error("hidden user warning", E_USER_WARNING);
echo "last: ", error_get_last()['message'], "\n";
var_dump(ini_get('display_errors'));
ini_set('display_errors', 'stderr');
echo $toStderr;
trigger_error("user notice to stderr", E_USER_NOTICE);
echo "stdout continues\n";
ini_set('display_errors', '1');
echo $toStdout;
var_dump(ini_get('display_errors'));
ini_set('display_errors', 'off');
strlen(null);
echo "off string works too\n";
ini_set('display_errors', 'on');
$a = [];
echo $a['x'] ?? "no warning with ??\n";
echo $a['y'];
echo "\nend\n";
ini_set('display_errors', '0');
throw new Exception("uncaught while hidden");
