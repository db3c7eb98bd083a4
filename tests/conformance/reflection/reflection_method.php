<?php
// ReflectionMethod: modifiers, invocation, closures, prototypes.
interface Greeter { public function greet(string $who): string; }
abstract class Base implements Greeter {
    abstract protected function prefix(): string;
    public function greet(string $who): string { return $this->prefix() . " $who"; }
    public static function create(): static { return new static(); }
}
class Polite extends Base {
    protected function prefix(): string { return 'Good day,'; }
    private function whisper(string $s, int $times = 1): string { return str_repeat(strtolower($s), $times); }
    final public function greet(string $who): string { return parent::greet($who) . '!'; }
    public static function version(): string { return static::class . ' 1.0'; }
}

foreach (['greet', 'prefix', 'whisper', 'create', 'version'] as $name) {
    $m = new ReflectionMethod('Polite', $name);
    printf("%-8s %-28s declared in %-6s static=%d abstract=%d final=%d\n",
        $name, implode(' ', Reflection::getModifierNames($m->getModifiers())),
        $m->getDeclaringClass()->getName(), $m->isStatic(), $m->isAbstract(), $m->isFinal());
}
$p = new Polite();
$greet = new ReflectionMethod($p, 'greet');
echo $greet->invoke($p, 'Ann'), "\n";
echo $greet->invokeArgs($p, ['who' => 'Bob']), "\n";

$whisper = new ReflectionMethod('Polite::whisper');
$whisper->setAccessible(true);
echo $whisper->invoke($p, 'HUSH', 2), "\n";
echo $whisper->invokeArgs($p, ['s' => 'QUIET']), "\n";
echo (new ReflectionMethod('Polite', 'version'))->invoke(null), "\n";

$closure = $whisper->getClosure($p);
echo get_class($closure), " ", $closure('ABC', 3), "\n";
$static = (new ReflectionMethod('Polite', 'version'))->getClosure();
echo $static(), "\n";
echo get_class(Polite::create()), "\n";

echo "prototype of greet: ", $greet->getPrototype()->class, "::", $greet->getPrototype()->name, "\n";
try {
    (new ReflectionMethod('Polite', 'version'))->getPrototype();
} catch (ReflectionException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($greet->hasReturnType(), (string) $greet->getReturnType(), $greet->getNumberOfRequiredParameters());
var_dump((new ReflectionMethod('Base', 'create'))->getReturnType()->getName());
var_dump($greet->isConstructor(), $greet->isUserDefined(), $greet->returnsReference(), $greet->isVariadic());
var_dump($greet->getShortName(), $greet->getStartLine(), $greet->getEndLine());

try {
    new ReflectionMethod('Polite', 'nope');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
try {
    (new ReflectionMethod('Base', 'prefix'))->invoke($p);
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $greet->invoke(new stdClass(), 'x');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
