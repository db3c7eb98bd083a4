<?php
// ReflectionEnum and friends.
enum Http: int {
    case Ok = 200;
    case NotFound = 404;
    case Teapot = 418;
    const DEFAULT = self::Ok;
    public function isError(): bool { return $this->value >= 400; }
}
enum Pure { case A; case B; }

$r = new ReflectionEnum(Http::class);
var_dump($r->isBacked(), (string) $r->getBackingType(), $r->isEnum(), $r->isFinal(), $r->isInstantiable());
foreach ($r->getCases() as $case) {
    echo get_class($case), " ", $case->getName(), " = ", $case->getBackingValue(), "\n";
    var_dump($case->getValue() === constant(Http::class . '::' . $case->getName()));
}
var_dump($r->hasCase('Teapot'), $r->hasCase('DEFAULT'), $r->hasConstant('DEFAULT'));
var_dump($r->getCase('NotFound')->getValue());
try {
    $r->getCase('DEFAULT');
} catch (ReflectionException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $r->getCase('Nope');
} catch (ReflectionException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
print_r(array_keys($r->getConstants()));

$p = new ReflectionEnum('Pure');
var_dump($p->isBacked(), $p->getBackingType());
foreach ($p->getCases() as $c) echo get_class($c), " ", $c->name, "\n";
try {
    new ReflectionEnum('stdClass');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}

$rc = new ReflectionClass(Http::Teapot);
var_dump($rc->isEnum(), $rc->getName());
$methods = array_map(fn($m) => $m->getName() . ($m->isStatic() ? ' (static)' : ''), $rc->getMethods());
sort($methods);
print_r($methods);
$props = array_map(fn($p) => $p->getName() . ($p->isReadOnly() ? ' readonly' : ''), $rc->getProperties());
print_r($props);
var_dump((new ReflectionClassConstant(Http::class, 'Ok'))->isEnumCase(), (new ReflectionClassConstant(Http::class, 'DEFAULT'))->isEnumCase());
var_dump(Http::Teapot->isError(), Http::Ok->isError());
