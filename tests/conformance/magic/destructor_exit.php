<?php
// exit() inside a function: finally blocks do not run, but destructors of
// live objects and shutdown functions do.
class Res {
    public function __construct(public string $n) {}
    public function __destruct() { echo "destruct {$this->n}\n"; }
}
register_shutdown_function(function () {
    echo "shutdown function 1\n";
});
register_shutdown_function(function ($arg) {
    echo "shutdown function 2 with $arg\n";
    $late = new Res('created in shutdown');
}, 'argument');

$global = new Res('global');
function work() {
    $local = new Res('local');
    try {
        echo "about to exit\n";
        exit(3);
    } finally {
        echo "finally (not printed)\n";
    }
}
$other = new Res('other global');
work();
echo "not reached\n";
