<?php
// spl_autoload_register: a loader requiring autoload_<Class>.inc files is
// triggered by new, static calls, static properties, class constants,
// enum access, unserialize() and by declaring a class whose parent,
// interface or trait is missing.
spl_autoload_register(function (string $class) {
    echo "autoload($class)\n";
    $file = __DIR__ . '/autoload_' . $class . '.inc';
    if (is_file($file)) {
        require $file;
    }
});

echo "-- new\n";
$c = new AlCircle(2);
echo $c->describe(), "\n";
echo $c->name(), "\n";
echo "second new: no autoload\n";
$c2 = new AlCircle();
var_dump($c2 instanceof AlShape, AlShape::SIDES);

echo "-- static method call\n";
echo AlRegistry::hit(), " ", AlRegistry::hit(), "\n";

echo "-- class constant\n";
echo AlConst::LIMIT, "\n";

echo "-- static property\n";
AlStatic::$items[] = 'b';
echo implode(',', AlStatic::$items), "\n";

echo "-- enum\n";
var_dump(AlColor::from('g'));
var_dump(AlColor::tryFrom('x'));

echo "-- dynamic class name\n";
$name = 'AlRegistry';
echo $name::VERSION, " ", $name::$hits, "\n";

echo "-- unserialize\n";
$p = unserialize('O:7:"AlPoint":2:{s:1:"x";i:3;s:1:"y";i:4;}');
echo get_class($p), " ", $p->x, ",", $p->y, "\n";

echo "-- declaring a class with an autoloaded parent\n";
echo "Square exists before: ", var_export(class_exists('Square', false), true), "\n";
class Square extends AlParent implements AlShape {
    public function area(): float { return 4.0; }
}
echo (new Square())->hello(), " ", (new Square())->area(), "\n";

echo "-- missing class\n";
try {
    new NoSuchClass();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    NoSuchClass::run();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo NoSuchClass::CONSTANT;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo NoSuchClass::$prop;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$u = unserialize('O:11:"NoSuchClass":1:{s:1:"a";i:1;}');
echo get_class($u), "\n";
echo "done\n";
