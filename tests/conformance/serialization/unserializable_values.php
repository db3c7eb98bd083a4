<?php
// Values that cannot be serialized: closures, anonymous classes, generators,
// reflection objects, objects holding closures (nested), and the same
// values with json_encode, var_export and print_r, plus a class that opts
// out of serialization by throwing from __serialize / __sleep.
class Holder {
    public $cb;
    public $name = 'holder';
    public function __construct() { $this->cb = fn() => 1; }
}
class NoSerialize {
    public function __serialize(): array { throw new LogicException(static::class . " is not serializable"); }
    public function __unserialize(array $d): void {}
}
class SleepMissing {
    public $a = 1;
    public function __sleep() { return ['a', 'ghost']; }
}
class SleepBad {
    public function __sleep() { return 'not an array'; }
}

function attempt(string $label, callable $f): void {
    try {
        $r = $f();
        echo "$label: ", is_string($r) ? $r : var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$closure = function ($x) { return $x; };
$anon = new class { public $a = 1; };
$gen = (function () { yield 1; })();
attempt('closure', fn() => serialize($closure));
attempt('anonymous class', fn() => serialize($anon));
attempt('generator', fn() => serialize($gen));
attempt('reflection', fn() => serialize(new ReflectionClass('Holder')));
attempt('nested closure', fn() => serialize(new Holder()));
attempt('closure in array', fn() => serialize(['ok' => 1, 'f' => $closure]));
attempt('__serialize throws', fn() => serialize([new NoSerialize()]));
attempt('__sleep with missing property', fn() => serialize(new SleepMissing()));
attempt('__sleep returning non-array', fn() => serialize(new SleepBad()));
attempt('unserialize Closure', fn() => unserialize('O:7:"Closure":0:{}'));
attempt('unserialize Generator', fn() => unserialize('O:9:"Generator":0:{}'));

echo "-- other dumpers accept them\n";
attempt('json_encode closure', fn() => json_encode($closure));
attempt('json_encode holder', fn() => json_encode(new Holder()));
attempt('json_encode anonymous', fn() => json_encode($anon));
attempt('var_export closure', fn() => var_export($closure, true));
attempt('var_export holder', fn() => var_export(new Holder(), true));
attempt('print_r generator', fn() => print_r($gen, true));
attempt('get_class anonymous', fn() => str_starts_with(get_class($anon), "class@anonymous"));
attempt('isAnonymous', fn() => (new ReflectionClass($anon))->isAnonymous());
