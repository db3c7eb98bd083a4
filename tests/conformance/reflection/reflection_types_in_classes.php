<?php
// ReflectionNamedType / union types on methods and properties of classes:
// self, static, parent, nullable class types, promoted parameters, default
// values that are class constants, trait methods and aliases in
// getMethods(), getTraits(), getTraitAliases() and property types.
interface Shape {}
trait Scales {
    public function scale(float $f = self::FACTOR): static { return $this; }
    private function helper(): void {}
}
class Base implements Shape {
    const FACTOR = 2.0;
    public function copy(): self { return clone $this; }
}
class Circle extends Base {
    use Scales { scale as protected resize; }
    public ?Circle $next = null;
    public static int|float $count = 0;
    public $untyped;
    public function __construct(public readonly float $r = self::FACTOR, protected ?Shape $in = null, int ...$rest) {}
    public function parentCopy(): parent { return new parent(); }
    public function maybe(?self $other = null): ?static { return $other; }
    public function union(int|string|null $x, Shape|false $s = false): int|false { return false; }
}

function t(?ReflectionType $t): string {
    if ($t === null) return '-';
    $s = (string) $t;
    if ($t instanceof ReflectionNamedType) {
        $s .= " [name=" . $t->getName() . " builtin=" . var_export($t->isBuiltin(), true)
            . " null=" . var_export($t->allowsNull(), true) . "]";
    } else {
        $s .= " [" . get_class($t) . ": " . implode(',', array_map(fn($x) => $x->getName(), $t->getTypes())) . "]";
    }
    return $s;
}

$rc = new ReflectionClass('Circle');
foreach ($rc->getMethods() as $m) {
    echo $m->class, "::", $m->name, "(", implode(', ', array_map(
        fn($p) => t($p->getType()) . ' $' . $p->name
            . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true)
                . ($p->isDefaultValueConstant() ? ' (' . $p->getDefaultValueConstantName() . ')' : '') : '')
            . ($p->isPromoted() ? ' promoted' : ''),
        $m->getParameters())), "): ", t($m->getReturnType()),
        " [", implode(' ', Reflection::getModifierNames($m->getModifiers())), "]\n";
}
echo "-- properties\n";
foreach ($rc->getProperties() as $p) {
    echo $p->class, "::$", $p->name, ": ", t($p->getType()),
        " hasType=", var_export($p->hasType(), true),
        " promoted=", var_export($p->isPromoted(), true),
        " readonly=", var_export($p->isReadOnly(), true),
        " static=", var_export($p->isStatic(), true), "\n";
}
echo "-- traits\n";
print_r($rc->getTraitNames());
print_r($rc->getTraitAliases());
print_r(array_keys($rc->getTraits()));
var_dump((new ReflectionClass('Base'))->getTraitNames());
echo "-- resolved method of an alias\n";
$resize = $rc->getMethod('resize');
echo $resize->name, " protected=", var_export($resize->isProtected(), true),
    " declared in ", $resize->getDeclaringClass()->name, "\n";
$scale = new ReflectionMethod('Scales', 'scale');
echo t($scale->getReturnType()), "; default of \$f: ",
    $scale->getParameters()[0]->getDefaultValueConstantName(), "\n";
