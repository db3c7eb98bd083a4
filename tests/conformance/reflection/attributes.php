<?php
// Attributes: declaration, getAttributes() with filters, arguments,
// newInstance(), repetition and target validation.
#[Attribute(Attribute::TARGET_CLASS | Attribute::TARGET_METHOD)]
class Route {
    public function __construct(public string $path, public array $methods = ['GET'], public ?string $name = null) {}
}
#[Attribute(Attribute::TARGET_PROPERTY | Attribute::IS_REPEATABLE)]
class Validate {
    public function __construct(public string $rule, public mixed $arg = null) {}
}
#[Attribute] class Marker {}
interface Tag {}
#[Attribute(Attribute::TARGET_ALL)] class Important implements Tag { public function __construct(public int $level = 1) {} }

#[Route('/users', name: 'users'), Marker]
#[Important(level: 3)]
class UserController {
    #[Validate('required'), Validate('max', 50)]
    #[Validate(rule: 'regex', arg: '/^[a-z]+$/')]
    public string $username = '';

    #[Route('/users/{id}', methods: ['GET', 'HEAD'])]
    public function show(#[Important] int $id) {}

    #[Undeclared(1, 2)]
    public function legacy() {}

    #[Marker('unexpected argument')]
    public function broken() {}
}

$rc = new ReflectionClass(UserController::class);
foreach ($rc->getAttributes() as $attr) {
    echo $attr->getName(), " target=", $attr->getTarget(), " repeated=", var_export($attr->isRepeated(), true),
        " args=", json_encode($attr->getArguments()), "\n";
}
$route = $rc->getAttributes(Route::class)[0]->newInstance();
print_r($route);
echo "\n";
echo "instanceof filter: ", count($rc->getAttributes(Tag::class, ReflectionAttribute::IS_INSTANCEOF)), "\n";
echo "exact name filter on interface: ", count($rc->getAttributes(Tag::class)), "\n";

foreach ($rc->getProperty('username')->getAttributes() as $a) {
    $v = $a->newInstance();
    echo "validate ", $v->rule, " ", json_encode($v->arg), " repeated=", var_export($a->isRepeated(), true), "\n";
}
$show = $rc->getMethod('show');
$r = $show->getAttributes()[0]->newInstance();
echo $r->path, " ", implode('|', $r->methods), "\n";
$param = $show->getParameters()[0]->getAttributes()[0];
echo $param->getName(), " on parameter, level ", $param->newInstance()->level, " target=", $param->getTarget(), "\n";

$legacy = $rc->getMethod('legacy')->getAttributes()[0];
echo $legacy->getName(), " ", json_encode($legacy->getArguments()), "\n";
try {
    $legacy->newInstance();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $rc->getMethod('broken')->getAttributes()[0]->newInstance();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Validate is not allowed on classes
#[Validate('x')] class Misplaced {}
try {
    (new ReflectionClass('Misplaced'))->getAttributes()[0]->newInstance();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Route is not repeatable
#[Route('/a'), Route('/b')] function twice() {}
try {
    (new ReflectionFunction('twice'))->getAttributes()[0]->newInstance();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$fnAttrs = (new ReflectionFunction(#[Marker] fn() => 1))->getAttributes();
echo count($fnAttrs), " ", $fnAttrs[0]->getName(), "\n";
