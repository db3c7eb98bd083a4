<?php
// A diagnostic libphp raises while compiling an included file or eval()'d code (here the
// deprecation of an optional parameter before a required one) reaches the user's error handler,
// and an output buffer's callback when it is displayed, at the same point as under php-cli: during
// the include, before the file's code runs. The handler is PHP code run in the middle of a
// compilation (phpovm compiles with private tables: it must get the request's back).
function handler($no, $msg, $file, $line) {
    echo "handler($no): $msg in ", basename($file), ":$line\n";
    echo "  called from ", count(debug_backtrace()), " frame(s); helper says ", helper(), "\n";
    return true;
}
function helper() { return "hello"; }
class Seen { static function show($msg) { echo "  Seen::show: ", substr($msg, 0, 20), "\n"; } }

set_error_handler('handler');
require __DIR__ . '/../include/compile_deprecation.inc';
echo late_fn(1, 2), "\n";

// A closure handler that returns false: the message is displayed as well.
set_error_handler(function ($no, $msg) { Seen::show($msg); return false; });
eval('function ev($a = 1, $b) { return $a + $b; }');
echo ev(3, 4), "\n";

// A handler that throws: the include ends with the exception, its code does not run.
set_error_handler(function ($no, $msg, $file, $line) { throw new ErrorException($msg, 0, $no, $file, $line); });
try {
    include __DIR__ . '/../include/compile_deprecation_throws.inc';
    echo "not reached\n";
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
}
var_dump(function_exists('late_fn2'));  // declared by the compilation, as in php-cli
try {
    eval('class K { function m($a = 1, $b) {} } echo "not reached\n";');
} catch (ErrorException $e) {
    echo "caught from eval: ", $e->getLine(), "\n";
}
var_dump(class_exists('K', false));

// A silenced include: the handler is called with error_reporting() of the @.
set_error_handler(function ($no, $msg) { echo "handler under @: error_reporting() = ", error_reporting(), "\n"; return true; });
$r = @include __DIR__ . '/../include/compile_deprecation_silenced.inc';
var_dump($r, late_fn3(2, 3));

// No handler: the displayed message goes through an output buffer's callback (chunk size 1).
restore_error_handler(); restore_error_handler(); restore_error_handler(); restore_error_handler();
ob_start(function ($buf) { return $buf === '' ? '' : "[" . trim($buf) . "]\n"; }, 1);
eval('function ev2($a = 1, $b) { return $a * $b; }');
ob_end_flush();
echo ev2(5, 6), "\n";

// A handler that includes another file while the first is being compiled.
set_error_handler(function ($no, $msg) {
    static $depth = 0;
    $depth++;
    echo "nested handler depth $depth: ", substr($msg, 0, 30), "\n";
    if ($depth == 1) eval('function ev4($x = 0, $y) { return "ev4"; }');
    return true;
});
eval('function ev3($a = 1, $b) { return "ev3"; }');
echo ev3(1, 2), " ", ev4(1, 2), "\n";
