<?php
// Private and protected methods: calls from the declaring class, from a
// subclass, from a closure bound to the class and via callables are checked
// against the calling scope. The last call (a private method called from a
// subclass method) is uncaught: exit status 255.
class Vault {
    private function open(): string { return "opened by " . static::class; }
    protected function peek(): string { return "peeked"; }
    private static function code(): int { return 1234; }
    public function viaSelf(): string { return $this->open() . " / " . self::code(); }
    public static function callPrivateOn(Vault $other): string { return $other->open(); }
}
class BigVault extends Vault {
    public function tryPeek(): string { return $this->peek(); }
    public function tryOpen(): string { return $this->open(); }
    public function tryCode(): int { return parent::code(); }
}

$v = new Vault();
$b = new BigVault();
echo $v->viaSelf(), "\n";
echo $b->viaSelf(), "\n";
echo Vault::callPrivateOn($b), "\n";
echo $b->tryPeek(), "\n";
echo Closure::bind(fn() => $this->open(), $b, Vault::class)(), "\n";

$tries = [
    'private from global' => fn() => $v->open(),
    'protected from global' => fn() => $v->peek(),
    'private static from global' => fn() => Vault::code(),
    'private static via parent::' => fn() => $b->tryCode(),
    'call_user_func private' => fn() => call_user_func([$v, 'open']),
    'dynamic name' => function () use ($v) { $m = 'open'; return $v->$m(); },
    'first-class callable' => fn() => $v->open(...),
];
foreach ($tries as $label => $f) {
    try {
        $r = $f();
        echo "$label: ", $r, "\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(is_callable([$v, 'open']), is_callable([$v, 'viaSelf']), method_exists($v, 'open'));

echo $b->tryOpen(), "\n";
echo "not reached\n";
