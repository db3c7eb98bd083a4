<?php
// ReflectionProperty: access to private state, defaults, types,
// initialization state, static properties, promoted and readonly.
class Account {
    public static int $instances = 0;
    private static string $bank = 'ACME';
    public ?string $note = null;
    protected float $balance = 0.0;
    private array $history = [];
    public int $uninit;
    public $untyped;
    public function __construct(public readonly string $owner, private int|string $pin = 1234) {}
}

$a = new Account('ann');
$rc = new ReflectionClass($a);
foreach ($rc->getProperties() as $p) {
    printf("%-10s %-26s type=%-12s default=%s static=%d readonly=%d promoted=%d\n",
        $p->getName(),
        implode(' ', Reflection::getModifierNames($p->getModifiers())),
        $p->hasType() ? (string) $p->getType() : '(none)',
        $p->hasDefaultValue() ? json_encode($p->getDefaultValue()) : '-',
        $p->isStatic(), $p->isReadOnly(), $p->isPromoted());
}

$balance = new ReflectionProperty(Account::class, 'balance');
$balance->setAccessible(true);
$balance->setValue($a, 99.5);
var_dump($balance->getValue($a));
$hist = $rc->getProperty('history');
$hist->setValue($a, ['opened']);
var_dump($hist->getValue($a));

$uninit = $rc->getProperty('uninit');
var_dump($uninit->isInitialized($a));
try {
    $uninit->getValue($a);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$uninit->setValue($a, '42');
var_dump($uninit->getValue($a), $uninit->isInitialized($a));
var_dump($rc->getProperty('untyped')->isInitialized($a));

$owner = $rc->getProperty('owner');
try {
    $owner->setValue($a, 'bob');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $balance->setValue($a, 'lots');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

$bank = new ReflectionProperty('Account', 'bank');
var_dump($bank->getValue());
$bank->setValue(null, 'Other Bank');
var_dump($bank->getValue(), $rc->getStaticPropertyValue('instances'));
$pin = $rc->getProperty('pin');
echo get_class($pin->getType()), " ", $pin->getType(), " ", var_export($pin->getType()->allowsNull(), true), "\n";
var_dump($pin->getValue($a), $pin->getDeclaringClass()->getName(), $pin->getDocComment());
try {
    new ReflectionProperty('Account', 'missing');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
