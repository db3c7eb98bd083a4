<?php
// exit() inside a generator: from the body, and from a finally block that
// runs when the generator is destroyed early.
class Tracker {
    public function __construct(public string $n) {}
    public function __destruct() { echo "destruct {$this->n}\n"; }
}

function counter(string $name) {
    $t = new Tracker("tracker of $name");
    try {
        for ($i = 1; $i <= 5; $i++) {
            yield $i;
        }
    } finally {
        echo "finally of $name\n";
    }
}

function exiter() {
    try {
        yield 1;
        yield 2;
    } finally {
        echo "exiter finally: calling exit\n";
        exit(4);
    }
}

echo "-- generator destroyed early runs finally\n";
$g = counter('first');
foreach ($g as $v) {
    echo "got $v\n";
    if ($v == 2) break;
}
unset($g);
echo "after unset\n";

echo "-- generator completed runs finally once\n";
foreach (counter('second') as $v) {
    echo "got $v\n";
}

register_shutdown_function(fn() => print("shutdown function\n"));

echo "-- live generator suspended at exit\n";
$live = counter('live');
$live->current();
$live->next();
echo "live at ", $live->current(), "\n";

echo "-- exit from finally of a destroyed generator\n";
$e = exiter();
echo "first: ", $e->current(), "\n";
$keep = new Tracker('global keep');
$e = null;
echo "not reached\n";
