<?php
// exit() called from inside a destructor: the rest of the script does not
// run, the remaining live objects are still destructed at shutdown (after
// the shutdown functions), and finally blocks on the stack are skipped.
class Noisy {
    public function __construct(public string $name, public bool $exitInDtor = false) {}
    public function __destruct() {
        echo "destruct {$this->name}\n";
        if ($this->exitInDtor) {
            try {
                echo "exiting from destructor of {$this->name}\n";
                exit(7);
            } finally {
                echo "finally inside destructor (not printed)\n";
            }
        }
    }
}
class Holder {
    public array $children = [];
    public function __destruct() {
        echo "destruct holder with ", count($this->children), " children\n";
    }
}

register_shutdown_function(function () {
    echo "shutdown function runs\n";
    $tmp = new Noisy('temp in shutdown');
    echo "shutdown function ends\n";
});

$first = new Noisy('first');
$holder = new Holder();
$holder->children[] = new Noisy('child 1');
$holder->children[] = new Noisy('child 2');
$arr = ['x' => new Noisy('in array')];

function scope() {
    $local = new Noisy('local before trigger');
    $trigger = new Noisy('trigger', true);
    try {
        echo "unsetting trigger\n";
        unset($trigger);
        echo "after unset (not printed)\n";
    } finally {
        echo "outer finally (not printed)\n";
    }
}
echo "start\n";
scope();
echo "not reached\n";
