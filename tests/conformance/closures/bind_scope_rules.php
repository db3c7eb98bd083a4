<?php
// Scope and $this rules for Closure::bind / bindTo / call: private access
// to other instances of the same class, parent vs child scope, what
// self/static/static::class mean after rebinding, and the warnings for
// bindings PHP refuses.
class Account {
    private int $balance;
    protected static int $created = 0;
    public function __construct(int $b) { $this->balance = $b; self::$created++; }
    private function secret(): string { return "secret of " . static::class . " #{$this->balance}"; }

    public function transferFrom(Account $other, int $amount): Closure {
        // private members of another instance are accessible in the class scope
        return function () use ($other, $amount) {
            $other->balance -= $amount;
            $this->balance += $amount;
            return [$this->balance, $other->balance];
        };
    }
    public function scopeInfo(): Closure {
        return function () {
            return [self::class, static::class, get_class($this), get_called_class()];
        };
    }
    public static function staticMaker(): Closure {
        return static fn() => [self::class, static::class, self::$created];
    }
}
class Savings extends Account {
    private int $balance = -1; // a different private property, same name
    public function childPeek(): Closure { return fn() => $this->balance; }
}

function show($label, $v) { echo str_pad($label, 34), json_encode($v), "\n"; }

$a = new Account(100);
$b = new Account(50);
show('transfer', $a->transferFrom($b, 30)());

$s = new Savings(500);
$info = $a->scopeInfo();
show('scopeInfo original', $info());
show('bound to Savings, scope kept', Closure::bind($info, $s, null)());
show("bound to Savings, scope 'static'", $info->bindTo($s, 'static')());
show('bound to Savings, Savings scope', $info->bindTo($s, Savings::class)());

echo "-- private property shadowing depends on scope\n";
$peek = function () { return $this->balance; };
show('peek in Account scope', Closure::bind($peek, $s, Account::class)());
show('peek in Savings scope', Closure::bind($peek, $s, Savings::class)());
show('childPeek', $s->childPeek()());
show('childPeek rebound to Account scope', Closure::bind($s->childPeek(), $s, Account::class)());
show('call() uses class of object', $peek->call($s));

echo "-- private method through rebinding\n";
$callSecret = fn() => $this->secret();
show('secret via Account scope', Closure::bind($callSecret, $s, Account::class)());
try {
    Closure::bind($callSecret, $s, Savings::class)();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "-- static closures and static scope\n";
$sm = Account::staticMaker();
show('staticMaker', $sm());
show('staticMaker bound to Savings scope', Closure::bind($sm, null, Savings::class)());
$r = @$sm->bindTo($a);
var_dump($r);

echo "-- refused bindings (warnings)\n";
$usesThis = $a->scopeInfo();
var_dump($usesThis->bindTo(null));
$fromMethod = Closure::fromCallable([$a, 'scopeInfo']);
var_dump($fromMethod->bindTo($a, Savings::class));
var_dump(Closure::bind(fn() => 1, null, ArrayObject::class));
$plain = function () { return 'plain closure'; };
show('plain closure', $plain());
show('bound then unbound', Closure::bind(Closure::bind($plain, $a), null)());
$usesThisVar = function () { return isset($this) ? 'has this' : 'no this'; };
show('closure mentioning $this, unbound', $usesThisVar());
show('closure mentioning $this, bound', $usesThisVar->bindTo($a)());

echo "-- call() with a static closure\n";
$st = static fn() => 'static result';
try {
    var_dump($st->call($a));
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "-- new static / new self inside rebound closure\n";
$factory = function () { return [get_class(new static(1)), get_class(new self(2))]; };
show('factory in Savings scope', Closure::bind($factory, $s, Savings::class)());
show('factory in Account scope with Savings $this', Closure::bind($factory, $s, Account::class)());
show('created count', Closure::bind(fn() => Account::$created, null, Account::class)());
