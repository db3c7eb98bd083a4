<?php
// final methods and final classes. Extending a final class declared
// conditionally fails at run time with a fatal error.
class Account {
    final public function id(): string {
        return static::class . "#" . $this->number();
    }
    protected function number(): int { return 1; }
}

final class Savings extends Account {
    protected function number(): int { return 2; }
}

echo (new Account())->id(), "\n";
echo (new Savings())->id(), "\n";
$r = new ReflectionMethod('Account', 'id');
var_dump($r->isFinal());
var_dump((new ReflectionClass('Savings'))->isFinal());
var_dump((new ReflectionClass('Account'))->isFinal());

if (class_exists('Savings')) {
    echo "declaring a subclass of a final class\n";
    class HighYield extends Savings {
    }
}
echo "not reached\n";
