<?php
// ReflectionClass: newInstanceWithoutConstructor / newInstanceArgs (with
// named arguments), getProperties / getMethods filters, getDefaultProperties,
// getStaticProperties with inheritance, get/setStaticPropertyValue and
// their errors, and ReflectionProperty access to private/readonly/
// uninitialised state.
class Base {
    public static $shared = 'base shared';
    private static $basePrivate = 'base private static';
    protected $baseProt = 'bp';
    private $basePriv = 'bpriv';
    public function baseMethod() {}
    private function basePrivMethod() {}
}
final class Thing extends Base {
    public static int $count = 0;
    protected static ?string $label = null;
    public int $id;
    public string $name = 'unnamed';
    protected array $tags = ['t'];
    private ?Base $link = null;
    public readonly int $ro;
    public $untyped;

    public function __construct(int $id, string $name = 'ctor', string ...$tags) {
        echo "  Thing::__construct($id, $name, [" . implode(',', $tags) . "])\n";
        $this->id = $id;
        $this->name = $name;
        $this->tags = $tags;
        self::$count++;
    }
    public function describe(): string { return "#{$this->id} {$this->name}"; }
    protected function prot() {}
    private function priv() {}
    public static function stat() {}
    final public function fin() {}
}
abstract class Abs { abstract public function a(); }

$rc = new ReflectionClass(Thing::class);

echo "-- instantiation\n";
$raw = $rc->newInstanceWithoutConstructor();
var_dump(Thing::$count, $raw->name, (new ReflectionProperty(Thing::class, 'id'))->isInitialized($raw));
$a = $rc->newInstanceArgs([1, 'args', 'x', 'y']);
$b = $rc->newInstanceArgs(['name' => 'named', 'id' => 2]);
$c = $rc->newInstance(3);
echo $a->describe(), " | ", $b->describe(), " | ", $c->describe(), " | count ", Thing::$count, "\n";
foreach ([fn() => $rc->newInstanceArgs(['nope' => 1]), fn() => $rc->newInstance(), fn() => (new ReflectionClass('Abs'))->newInstanceWithoutConstructor(), fn() => (new ReflectionClass('Generator'))->newInstanceWithoutConstructor()] as $f) {
    try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}

echo "-- property filters\n";
$names = fn(array $list) => implode(' ', array_map(fn($p) => $p->getName(), $list));
echo "all:              ", $names($rc->getProperties()), "\n";
echo "public:           ", $names($rc->getProperties(ReflectionProperty::IS_PUBLIC)), "\n";
echo "static:           ", $names($rc->getProperties(ReflectionProperty::IS_STATIC)), "\n";
echo "private|protected:", $names($rc->getProperties(ReflectionProperty::IS_PRIVATE | ReflectionProperty::IS_PROTECTED)), "\n";
echo "readonly:         ", $names($rc->getProperties(ReflectionProperty::IS_READONLY)), "\n";
echo "-- method filters\n";
echo "all:      ", $names($rc->getMethods()), "\n";
echo "static:   ", $names($rc->getMethods(ReflectionMethod::IS_STATIC)), "\n";
echo "final:    ", $names($rc->getMethods(ReflectionMethod::IS_FINAL)), "\n";
echo "private:  ", $names($rc->getMethods(ReflectionMethod::IS_PRIVATE)), "\n";

echo "-- defaults and statics\n";
var_dump($rc->getDefaultProperties());
Thing::$shared = 'changed';
var_dump($rc->getStaticProperties());
var_dump((new ReflectionClass('Base'))->getStaticProperties());

echo "-- get/setStaticPropertyValue\n";
echo $rc->getStaticPropertyValue('label') ?? 'null', "\n";
$rc->setStaticPropertyValue('label', 'set via reflection');
echo $rc->getStaticPropertyValue('label'), "\n";
echo $rc->getStaticPropertyValue('missing', 'default used'), "\n";
foreach ([fn() => $rc->getStaticPropertyValue('missing'), fn() => $rc->setStaticPropertyValue('missing', 1), fn() => $rc->setStaticPropertyValue('count', 'not int'), fn() => $rc->getStaticPropertyValue('basePrivate')] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}

echo "-- ReflectionProperty on instances\n";
$link = new ReflectionProperty(Thing::class, 'link');
$link->setAccessible(true);
var_dump($link->getValue($a));
$link->setValue($a, $b);
echo $link->getValue($a)->describe(), "\n";
$ro = new ReflectionProperty(Thing::class, 'ro');
var_dump($ro->isInitialized($a), $ro->isReadOnly());
foreach ([fn() => $ro->getValue($a), fn() => $ro->setValue($a, 5), fn() => (new ReflectionProperty(Thing::class, 'id'))->getValue($raw), fn() => $link->setValue($a, 'str'), fn() => $link->getValue(new Base), fn() => (new ReflectionProperty(Thing::class, 'count'))->getValue()] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$inherited = new ReflectionProperty(Thing::class, 'baseProt');
echo $inherited->class, " ", $inherited->getDeclaringClass()->getName(), " ", $inherited->getValue($a), "\n";
try { new ReflectionProperty(Thing::class, 'basePriv'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
