<?php
// Several autoloaders: call order, prepend, duplicates, unregister,
// spl_autoload_functions, static-method loaders, a loader that throws,
// a loader that recursively asks for the class it is loading, and
// spl_autoload_call.
class Loaders {
    public static array $log = [];
    public static function first(string $c): void {
        self::$log[] = "first($c)";
    }
    public function second(string $c): void {
        self::$log[] = "second($c)";
        if ($c === 'Alpha' || $c === 'alpha') {
            eval('class Alpha { const WHO = "second"; }');
        }
    }
}
function flush_log(string $what): void {
    echo $what, ": ", implode(' ', Loaders::$log) ?: '(no loader called)', "\n";
    Loaders::$log = [];
}

$obj = new Loaders();
spl_autoload_register('Loaders::first');
spl_autoload_register([$obj, 'second']);
spl_autoload_register([$obj, 'second']);          // duplicate: ignored
$third = function (string $c) {
    Loaders::$log[] = "third($c)";
    if ($c === 'Beta') {
        class Beta { const WHO = "third"; }
    }
};
spl_autoload_register($third);
echo count(spl_autoload_functions()), " loaders\n";

echo Alpha::WHO, "\n";
flush_log('Alpha');
echo Beta::WHO, "\n";
flush_log('Beta');
var_dump(class_exists('ALPHA'));
flush_log('ALPHA (already loaded, case-insensitive)');
var_dump(class_exists('Gamma'));
flush_log('Gamma');
var_dump(class_exists('\Gamma'));
flush_log('\Gamma');

// prepend puts a loader in front
spl_autoload_register(function (string $c) { Loaders::$log[] = "prepended($c)"; }, true, true);
var_dump(class_exists('Delta'));
flush_log('Delta');

// unregister
var_dump(spl_autoload_unregister('Loaders::first'));
var_dump(spl_autoload_unregister('Loaders::first'));
var_dump(spl_autoload_unregister($third));
var_dump(class_exists('Delta'));
flush_log('Delta after unregister');
foreach (spl_autoload_functions() as $f) {
    echo is_array($f) ? (is_object($f[0]) ? get_class($f[0]) . '->' : $f[0] . '::') . $f[1] : get_class($f), "\n";
}

// a loader that throws: later loaders are not called, the exception propagates
spl_autoload_register(function (string $c) {
    Loaders::$log[] = "thrower($c)";
    throw new RuntimeException("cannot load $c");
}, true, true);
foreach ([fn() => new Epsilon(), fn() => class_exists('Zeta'), fn() => Eta::X] as $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    flush_log('after throw');
}
spl_autoload_unregister(spl_autoload_functions()[0]);

// a loader asking for the class it is currently loading is not re-entered
spl_autoload_register(function (string $c) {
    Loaders::$log[] = "recursive($c)";
    var_dump(class_exists($c));
});
var_dump(class_exists('Theta'));
flush_log('Theta');

// spl_autoload_call runs the loaders directly
spl_autoload_call('Iota');
flush_log('spl_autoload_call');
