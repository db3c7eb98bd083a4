<?php
// args: --mode=fast -v input.txt "quoted" 0 -- tail
// $_SERVER['argv'] / $argv / $argc with arguments; argv[0] (the script path) is not printed.
var_dump($argc === $_SERVER['argc']);
var_dump(count($argv), array_slice($_SERVER['argv'], 1));
$opts = [];
$positional = [];
$rest = false;
foreach (array_slice($argv, 1) as $arg) {
    if ($rest) {
        $positional[] = "rest:$arg";
    } elseif ($arg === '--') {
        $rest = true;
    } elseif (preg_match('/^--([a-z]+)=(.*)$/', $arg, $m)) {
        $opts[$m[1]] = $m[2];
    } elseif (preg_match('/^-([a-z])$/', $arg, $m)) {
        $opts[$m[1]] = true;
    } else {
        $positional[] = $arg;
    }
}
var_dump($opts, $positional);
function argvInFunction() {
    return count($_SERVER['argv']) . '/' . ($GLOBALS['argc'] ?? 'n/a');
}
echo argvInFunction(), "\n";
$argv[] = "appended";
echo count($argv), " vs ", count($_SERVER['argv']), "\n";
var_dump(isset($_GET), $_GET, $_POST, $_COOKIE, $_FILES, isset($_SERVER['REQUEST_TIME']));
var_dump(is_int($_SERVER['REQUEST_TIME']), is_float($_SERVER['REQUEST_TIME_FLOAT']));
