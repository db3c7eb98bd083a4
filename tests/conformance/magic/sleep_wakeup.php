<?php
// __sleep selects properties to serialise, __wakeup re-initialises.
class Session {
    public $user;
    protected $token;
    private $cache = ['big' => 'data'];
    public $transient = 'temp';

    public function __construct($user, $token) { $this->user = $user; $this->token = $token; }
    public function __sleep() {
        echo "__sleep\n";
        return ['user', 'token'];
    }
    public function __wakeup() {
        echo "__wakeup\n";
        $this->cache = ['rebuilt' => true];
    }
    public function cache() { return $this->cache; }
}

$s = new Session('ann', 'abc123');
$ser = serialize($s);
echo str_replace("\0", '~', $ser), "\n";
$u = unserialize($ser);
var_dump($u->user, $u->transient, $u->cache());
print_r($u);
echo "\n";

// __sleep naming a private property of the parent class
class Base { private $p = 'parent private'; protected $q = 'prot'; }
class Child extends Base {
    public $own = 'own';
    public function __sleep() { return ['own', 'q', "\0Base\0p"]; }
}
echo str_replace("\0", '~', serialize(new Child())), "\n";
print_r(unserialize(serialize(new Child())));
echo "\n";

// __sleep returning a missing property name
class Missing {
    public $a = 1;
    public function __sleep() { return ['a', 'ghost']; }
}
echo serialize(new Missing()), "\n";

// __sleep returning a non-array
class NotArray {
    public $a = 1;
    public function __sleep() { return null; }
}
var_dump(serialize(new NotArray()));

// __wakeup is also called for objects inside arrays, in order
class W { public function __construct(public $id = 0) {} public function __wakeup() { echo "wakeup {$this->id}\n"; } }
$arr = unserialize(serialize([new W(1), ['nested' => new W(2)], new W(3)]));
echo count($arr), "\n";
