<?php
// Several shutdown functions with arguments; one registers another during shutdown;
// exit() inside a shutdown function stops the remaining ones; exit status comes from it.
function report($label, ...$rest) {
    echo "shutdown $label: ", implode(",", $rest), "\n";
}
register_shutdown_function('report', 'first', 1, 2, 3);
register_shutdown_function(function ($x) {
    echo "closure with $x\n";
    register_shutdown_function('report', 'registered-late', 'runs at the end of the queue');
}, "arg");
$counter = 10;
register_shutdown_function(function () use (&$counter) {
    echo "counter seen at shutdown: $counter\n";
});
register_shutdown_function('report', 'second');
register_shutdown_function(fn() => print("arrow fn shutdown\n"));
register_shutdown_function(function () {
    echo "about to exit(3) inside shutdown\n";
    exit(3);
});
register_shutdown_function('report', 'never', 'because of exit');
$counter = 99;
echo "main body done\n";
exit(0);
