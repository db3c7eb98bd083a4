<?php
// Static properties and class constants through reflection, plus
// ReflectionObject with dynamic properties.
class Settings {
    public const PUBLIC_C = 'pub';
    protected const PROTECTED_C = ['a' => 1];
    private const PRIVATE_C = 3.5;
    final public const FINAL_C = self::PUBLIC_C . '!';

    public static int $hits = 0;
    protected static ?string $mode = null;
    private static array $cache = ['k' => 'v'];
    public $instanceProp = 1;
}
class Child extends Settings {
    const PUBLIC_C = 'child';
}

$rc = new ReflectionClass('Settings');
print_r($rc->getStaticProperties());
var_dump($rc->getStaticPropertyValue('hits'));
$rc->setStaticPropertyValue('hits', 10);
var_dump(Settings::$hits);
try {
    $rc->getStaticPropertyValue('missing');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($rc->getStaticPropertyValue('missing', 'fallback'));
try {
    $rc->setStaticPropertyValue('hits', 'not an int');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

foreach ($rc->getReflectionConstants() as $c) {
    printf("%-12s %-22s final=%d value=%s declared=%s\n", $c->getName(),
        implode(' ', Reflection::getModifierNames($c->getModifiers())), $c->isFinal(),
        json_encode($c->getValue()), $c->getDeclaringClass()->getName());
}
print_r($rc->getConstants(ReflectionClassConstant::IS_PUBLIC));
$child = new ReflectionClass('Child');
print_r($child->getConstants());
echo $child->getReflectionConstant('PUBLIC_C')->getDeclaringClass()->getName(), " ",
    $child->getReflectionConstant('FINAL_C')->getDeclaringClass()->getName(), "\n";
var_dump($child->getReflectionConstant('PRIVATE_C'));
print_r($child->getStaticProperties());

$obj = new Settings();
$obj->dyn = 'dynamic';
$ro = new ReflectionObject($obj);
foreach ($ro->getProperties() as $p) {
    echo $p->getName(), $p->isDefault() ? ' (declared)' : ' (dynamic)', "\n";
}
var_dump($ro->hasProperty('dyn'), $rc->hasProperty('dyn'));
