<?php
// Attributes on class constants, enum cases, properties, promoted
// parameters, functions and closures, read through Reflection; filtering
// by name / IS_INSTANCEOF, and the errors newInstance() reports.
interface Meta {}
#[Attribute(Attribute::TARGET_CLASS_CONSTANT)]
class ConstInfo implements Meta { public function __construct(public string $text) {} }
#[Attribute(Attribute::TARGET_PROPERTY | Attribute::TARGET_PARAMETER)]
class Field implements Meta { public function __construct(public string $col, public bool $nullable = false) {} }
#[Attribute(Attribute::TARGET_FUNCTION | Attribute::IS_REPEATABLE)]
class Tagged { public array $tags; public function __construct(string ...$tags) { $this->tags = $tags; } }
#[Attribute(Attribute::TARGET_METHOD)]
class OnlyMethods {}
class NotAnAttribute { public function __construct() { echo "NotAnAttribute constructed\n"; } }
#[Attribute]
abstract class AbstractAttr {}
#[Attribute]
class Throwing { public function __construct() { throw new RuntimeException('ctor failed'); } }

class Settings {
    #[ConstInfo('max retries')]
    public const RETRIES = 3;
    #[ConstInfo('first'), Field('wrong target')]
    const TIMEOUT = 30;
    public const PLAIN = 0;

    public function __construct(
        #[Field('user_name')] public string $name = 'x',
        #[Field(col: 'age', nullable: true)] public ?int $age = null,
    ) {}

    #[OnlyMethods, NotAnAttribute]
    public $misc;
}

enum Level: int {
    #[ConstInfo('lowest')]
    case Low = 1;
    #[ConstInfo('highest'), ConstInfo('again')]
    case High = 9;
    #[ConstInfo('enum constant')]
    const DEFAULT = self::Low;
}

#[Tagged('a', 'b'), Tagged('c')]
#[AbstractAttr, Throwing]
function tagged_function() {}

function show(string $label, array $attrs): void {
    echo $label, ": ";
    if (!$attrs) { echo "(none)\n"; return; }
    $parts = [];
    foreach ($attrs as $a) {
        $parts[] = $a->getName() . json_encode($a->getArguments()) . ($a->isRepeated() ? '*' : '');
    }
    echo implode(' ', $parts), "\n";
}
function make(ReflectionAttribute $a): void {
    try {
        $obj = $a->newInstance();
        echo "  new ", $a->getName(), " -> ", json_encode(get_object_vars($obj)), "\n";
    } catch (Throwable $e) {
        echo "  new ", $a->getName(), " -> ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$rc = new ReflectionClass(Settings::class);
foreach ($rc->getReflectionConstants() as $c) {
    show("const {$c->getName()}", $c->getAttributes());
    foreach ($c->getAttributes() as $a) make($a);
}
$ctor = $rc->getConstructor();
foreach ($ctor->getParameters() as $p) {
    show("param \${$p->getName()}", $p->getAttributes());
    show("promoted property \${$p->getName()}", $rc->getProperty($p->getName())->getAttributes());
    foreach ($p->getAttributes(Field::class) as $a) make($a);
}
$misc = $rc->getProperty('misc');
show('property misc', $misc->getAttributes());
foreach ($misc->getAttributes() as $a) make($a);

echo "-- enum cases\n";
foreach ((new ReflectionEnum(Level::class))->getCases() as $case) {
    show("case {$case->getName()}", $case->getAttributes());
    foreach ($case->getAttributes() as $a) make($a);
}
show('enum const DEFAULT', (new ReflectionClassConstant(Level::class, 'DEFAULT'))->getAttributes());

echo "-- function\n";
$rf = new ReflectionFunction('tagged_function');
show('all', $rf->getAttributes());
show('Tagged', $rf->getAttributes(Tagged::class));
show('tagged (case-insensitive)', $rf->getAttributes('tagged'));
show('Meta exact', $rf->getAttributes(Meta::class));
show('Meta instanceof on const', $rc->getReflectionConstant('TIMEOUT')->getAttributes(Meta::class, ReflectionAttribute::IS_INSTANCEOF));
foreach ($rf->getAttributes() as $a) make($a);

echo "-- filter errors\n";
try {
    $rf->getAttributes(Tagged::class, 7);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $rf->getAttributes('NoSuchClass', ReflectionAttribute::IS_INSTANCEOF);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

echo "-- closures and arrow functions\n";
$cl = #[Tagged('closure')] static function (#[Field('p')] $x) {};
$rcl = new ReflectionFunction($cl);
show('closure', $rcl->getAttributes());
make($rcl->getAttributes()[0]);
show('closure param', $rcl->getParameters()[0]->getAttributes());
