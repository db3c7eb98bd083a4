<?php
// Classes, interfaces and traits declared in included files, classes in the
// main file extending them (bound at run time, after the include), included
// classes extending main-file classes, classes declared inside functions of
// included files, include_once of a class file and get_declared_classes().
var_dump(class_exists('IncBase'), interface_exists('IncShape'));
try {
    new MainSquare();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo require_once __DIR__ . '/include_classes_base.inc', "\n";
var_dump(class_exists('IncBase'), interface_exists('IncShape'), trait_exists('IncTagged'));

// The parent is only known once the include has run, so this declaration
// is bound when execution reaches it.
var_dump(class_exists('MainSquare'));
class MainSquare extends IncBase {
    use IncTagged;
    public function __construct(private float $side = 2.0) { parent::__construct(); }
    public function area(): float { return $this->side ** 2; }
}
var_dump(class_exists('MainSquare'));
$sq = new MainSquare(3);
echo $sq->describe(), " ", $sq->tag(), "\n";

abstract class MainCircleBase extends IncBase {
    public function __construct(protected float $r = 1.0) { parent::__construct(); }
}
include __DIR__ . '/include_classes_child.inc';
$c = new IncCircle(2);
echo $c->describe(), " ", $c->tag(), "\n";
echo get_parent_class($c), " <- ", get_parent_class(get_parent_class($c)), "\n";
var_dump($c instanceof IncShape);

$r = inc_make_rect();
$r2 = inc_make_rect();
echo $r->describe(), "\n";
echo "made: ", IncBase::$made, "\n";

// include_once of the same file does nothing; reflection knows the file
var_dump(require_once __DIR__ . '/include_classes_base.inc');
foreach (['IncBase', 'MainSquare', 'IncCircle', 'IncRect'] as $name) {
    $rc = new ReflectionClass($name);
    echo $name, " declared in ", basename($rc->getFileName()), " line ", $rc->getStartLine(), "\n";
}
$mine = array_values(array_filter(get_declared_classes(),
    fn($c) => str_starts_with($c, 'Inc') || str_starts_with($c, 'Main')));
sort($mine);
echo implode(', ', $mine), "\n";
