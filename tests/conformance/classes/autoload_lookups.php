<?php
// Which lookups trigger the autoloader: instanceof, ::class, type checks
// and catch never do; class_exists & co. do unless their autoload flag is
// false; string arguments of is_a / is_subclass_of / method_exists /
// property_exists / class_implements / reflection / callables do.
spl_autoload_register(function (string $class) {
    echo "autoload($class)\n";
    $file = __DIR__ . '/autoload_' . $class . '.inc';
    if (is_file($file)) {
        require $file;
    }
});
function show(string $label, $v) { echo $label, ": ", var_export($v, true), "\n"; }

echo "-- no autoload\n";
$o = new stdClass();
show('instanceof', $o instanceof AlShape);
$cls = 'AlShape';
show('instanceof dynamic', $o instanceof $cls);
show('::class', AlCircle::class);
show('class_exists false', class_exists('AlCircle', false));
show('interface_exists false', interface_exists('AlShape', false));
show('enum_exists false', enum_exists('AlColor', false));
show('is_a object', is_a($o, 'AlParent'));
show('is_subclass_of object', is_subclass_of($o, 'AlParent'));
function typed(?AlRegistry $r = null) { return $r === null ? 'null' : get_class($r); }
show('param type with null', typed(null));
try {
    typed($o);
} catch (TypeError $e) {
    echo "TypeError: ", str_replace(__FILE__, basename(__FILE__), $e->getMessage()), "\n";
}
try {
    throw new RuntimeException('x');
} catch (AlMissingException $e) {
    echo "not here\n";
} catch (RuntimeException $e) {
    echo "catch clause with unknown class: no autoload\n";
}
show('class_implements no autoload', class_implements('AlNamed', false));

echo "-- autoload\n";
show('class_exists', class_exists('AlConst'));
show('class_exists again', class_exists('AlConst'));
show('interface_exists', interface_exists('AlShape'));
show('class_exists on interface', class_exists('AlShape'));
show('trait_exists', trait_exists('AlNamed'));
show('enum_exists', enum_exists('AlColor'));
show('is_a string', is_a('AlCircle', 'AlShape', true));
show('is_subclass_of string', is_subclass_of('AlParent', 'AlShape'));
show('method_exists', method_exists('AlRegistry', 'hit'));
show('property_exists', property_exists('AlStatic', 'items'));
show('constant()', constant('AlConst::LIMIT'));
show('is_callable', is_callable('AlPoint::__wakeup'));
echo "-- names that do not exist\n";
show('class_exists', class_exists('Nope'));
show('class_exists leading backslash', class_exists('\Nope\Deeper'));
show('is_a string', is_a('Nope', 'AlShape', true));
show('method_exists', method_exists('Nope', 'x'));
try {
    new ReflectionClass('Nope');
} catch (ReflectionException $e) {
    echo "ReflectionException: ", $e->getMessage(), "\n";
}
show('class_implements', class_implements('Nope'));
show('invalid name', class_exists('not a class name!'));
