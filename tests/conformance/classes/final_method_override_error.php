<?php
// Overriding a final method in a conditionally declared class is a
// fatal error when the declaration statement runs.
class Base {
    final public function locked(): string { return "base"; }
    public function open(): string { return "base open"; }
}

class Fine extends Base {
    public function open(): string { return "fine open"; }
}
$f = new Fine();
echo $f->locked(), " ", $f->open(), "\n";

function declareBad() {
    echo "inside declareBad\n";
    if (true) {
        class Bad extends Base {
            public function locked(): string { return "bad"; }
        }
    }
}
declareBad();
echo "not reached\n";
