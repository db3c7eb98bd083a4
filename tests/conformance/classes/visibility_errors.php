<?php
// Access to private and protected members from the wrong scope.
class Vault {
    public $open = 'open';
    protected $guarded = 'guarded';
    private $secret = 'secret';
    private function hidden() { return 'hidden'; }
    protected function internal() { return 'internal'; }
    public function peek(Vault $other) {
        // same class: may access privates of another instance
        return $other->secret . '/' . $other->hidden();
    }
}

class SubVault extends Vault {
    public function tryGuarded() { return $this->guarded . '/' . $this->internal(); }
    public function trySecret() { return $this->secret; }
    public function tryHidden() { return $this->hidden(); }
}

class Sibling extends Vault {
    public function poke(SubVault $v) { return $v->guarded; }
}

$v = new Vault();
$s = new SubVault();
echo $v->peek($s), "\n";
echo $s->tryGuarded(), "\n";
echo (new Sibling())->poke($s), "\n";

$attempts = [
    'read protected' => fn() => $v->guarded,
    'read private' => fn() => $v->secret,
    'write private' => function () use ($v) { $v->secret = 1; },
    'call private' => fn() => $v->hidden(),
    'call protected' => fn() => $v->internal(),
    'child reads parent private' => fn() => $s->trySecret(),
    'child calls parent private' => fn() => $s->tryHidden(),
    'isset private' => fn() => isset($v->secret) ? 'set' : 'not set',
    'unset protected' => function () use ($v) { unset($v->guarded); },
    'static call of instance method' => fn() => Vault::peek($v),
];
foreach ($attempts as $label => $fn) {
    try {
        $r = $fn();
        echo "$label: ", var_export($r, true), "\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

// private properties are per class: child can define its own
class Shadow extends Vault {
    private $secret = 'shadow';
    public function both() { return $this->secret; }
}
$sh = new Shadow();
echo $sh->both(), " ", $sh->peek($sh), "\n";
print_r($sh);
echo "\n";
