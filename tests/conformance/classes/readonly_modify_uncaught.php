<?php
// An uncaught "Cannot modify readonly property" Error thrown inside a
// method called from a function: the stack trace lists both frames, the
// script ends with exit status 255, and shutdown functions and then the
// destructors of still-live objects run after the error message.
final class Money {
    public function __construct(
        public readonly int $amount,
        public readonly string $currency = 'EUR',
    ) {}
    public function add(int $n): static {
        $this->amount += $n;            // not allowed even inside the class
        return $this;
    }
    public function __destruct() { echo "destruct Money({$this->amount})\n"; }
}
function topUp(Money $m): Money {
    return $m->add(5);
}
register_shutdown_function(fn() => print("shutdown\n"));
$m = new Money(10);
echo $m->amount, " ", $m->currency, "\n";
try {
    $m->currency = 'USD';
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
topUp($m);
echo "not reached\n";
