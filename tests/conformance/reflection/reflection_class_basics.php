<?php
// ReflectionClass on user classes.
namespace App\Model;

interface Identifiable { public function id(): int; }
abstract class Entity implements Identifiable {
    const TABLE = 'entities';
    protected int $id = 0;
    public function id(): int { return $this->id; }
    abstract public function kind(): string;
}
final class User extends Entity {
    const TABLE = 'users';
    public static int $count = 0;
    public array $roles = [];
    public function __construct(public string $name = 'nobody', int $id = 1) { $this->id = $id; self::$count++; }
    public function kind(): string { return 'user'; }
    private function secret() {}
    public static function make(string $n): self { return new self($n); }
}

$rc = new \ReflectionClass(User::class);
echo $rc->getName(), " | ", $rc->getShortName(), " | ", $rc->getNamespaceName(), "\n";
var_dump($rc->inNamespace(), $rc->isFinal(), $rc->isAbstract(), $rc->isInterface(), $rc->isInstantiable(), $rc->isUserDefined(), $rc->isInternal());
echo "parent: ", $rc->getParentClass()->getName(), "\n";
var_dump((new \ReflectionClass(Entity::class))->getParentClass());
var_dump($rc->implementsInterface(Identifiable::class), $rc->isSubclassOf(Entity::class), $rc->hasMethod('SECRET'), $rc->hasProperty('id'), $rc->hasConstant('TABLE'));
echo "interfaces: ", implode(', ', $rc->getInterfaceNames()), "\n";
echo "methods: ", implode(', ', array_map(fn($m) => $m->class . '::' . $m->name, $rc->getMethods())), "\n";
echo "public methods: ", implode(', ', array_map(fn($m) => $m->name, $rc->getMethods(\ReflectionMethod::IS_PUBLIC))), "\n";
echo "static methods: ", implode(', ', array_map(fn($m) => $m->name, $rc->getMethods(\ReflectionMethod::IS_STATIC))), "\n";
echo "properties: ", implode(', ', array_map(fn($p) => $p->class . '::$' . $p->name, $rc->getProperties())), "\n";
print_r($rc->getConstants());
var_dump($rc->getConstant('TABLE'), $rc->getConstant('NOPE'));
echo "lines ", $rc->getStartLine(), "-", $rc->getEndLine(), " in ", basename($rc->getFileName()), "\n";
var_dump((new \ReflectionClass('ArrayObject'))->getFileName());

$u = $rc->newInstance('ann', 5);
echo $u->name, " ", $u->id(), "\n";
$u2 = $rc->newInstanceArgs(['id' => 9, 'name' => 'bob']);
echo $u2->name, " ", $u2->id(), "\n";
$raw = $rc->newInstanceWithoutConstructor();
var_dump(isset($raw->name), $raw->id(), User::$count);
$ctor = $rc->getConstructor();
echo $ctor->getName(), " has ", $ctor->getNumberOfParameters(), " params\n";
var_dump((new \ReflectionClass(Entity::class))->getConstructor());

try {
    new \ReflectionClass('App\Model\Missing');
} catch (\ReflectionException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    (new \ReflectionClass(Entity::class))->newInstance();
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$ro = new \ReflectionObject($u);
echo get_class($ro), " ", $ro->getName(), "\n";
