<?php
// register_shutdown_function: echoes, arguments, registration from inside shutdown, exit inside main.
$state = ['count' => 0];
function second_stage(string $msg) {
    echo "second stage: $msg\n";
    register_shutdown_function(function () {
        echo "third stage, ob level ", ob_get_level(), "\n";
    });
}
register_shutdown_function(function (string $a, int $b) use (&$state) {
    $state['count']++;
    echo "first: $a ", $b * 2, " count={$state['count']}\n";
    register_shutdown_function('second_stage', 'from first');
}, 'arg', 21);
register_shutdown_function(function () use (&$state) {
    $state['count']++;
    echo "also first round, count={$state['count']}\n";
});
register_shutdown_function(function () {
    $x = array_sum(range(1, 10));
    echo "computed $x\n";
    fwrite(STDERR, "shutdown to stderr\n");
});
echo "main body\n";
function work() {
    echo "in work\n";
    exit(3);
}
work();
echo "unreachable\n";
