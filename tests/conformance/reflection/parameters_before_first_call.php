<?php
// Reflection of the parameters of functions and methods that have not run yet (phpovm links a
// function's code when it is first called): defaults available or not, for required parameters,
// optional ones, and an optional parameter before a required one (implicitly required).
function test($a = 0, $b) {}
function plain($x, int $y) {}
function mixed_params($req, $opt = [1, 2], ?string $s = null, ...$rest) {}
class Svc {
    function __construct(private int $id, protected $name = 'n', $flags = PHP_INT_MAX) {}
    static function make(array $opts, bool $strict = true) {}
}
$fns = [new ReflectionFunction('test'), new ReflectionFunction('plain'), new ReflectionFunction('mixed_params'),
        new ReflectionMethod('Svc', '__construct'), new ReflectionMethod('Svc', 'make')];
foreach ($fns as $f) {
    echo $f->getName(), ":\n";
    foreach ($f->getParameters() as $p) {
        echo "  ", $p->getPosition(), " \$", $p->getName(), " optional=", var_export($p->isOptional(), true),
             " default=", var_export($p->isDefaultValueAvailable(), true);
        if ($p->isDefaultValueAvailable()) {
            echo " value=", var_export($p->getDefaultValue(), true);
            if ($p->isDefaultValueConstant()) echo " constant=", $p->getDefaultValueConstantName();
        }
        echo "\n";
    }
}
test(1, 2);
plain(1, 2);
var_dump((new ReflectionFunction('plain'))->getParameters()[1]->isDefaultValueAvailable());
