<?php
// An undefined variable used where an object, a class or a callable is needed, with an error
// handler that throws: the handler's exception is the one raised, not the error after it.
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
$cases = [
    'new'     => fn() => new $u,
    'throw'   => fn() => throw $u2,
    'call'    => fn() => $u3(),
    'clone'   => fn() => clone $u4,
    'static'  => fn() => $u5::m(),
    'method'  => fn() => $u6->m(),
    'const'   => fn() => $u7::class,
];
foreach ($cases as $what => $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), $e->getPrevious() ? " (previous)" : "", "\n";
    }
}
restore_error_handler();
foreach ($cases as $what => $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
class HasStatic { static function m() { return 'm'; } }
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
try { HasStatic::$undefinedName(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
restore_error_handler();
try { HasStatic::$undefinedName2(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
