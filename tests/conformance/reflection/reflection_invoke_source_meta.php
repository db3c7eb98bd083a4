<?php
/**
 * File-level doc comment (not attached to anything below).
 */

/** Greets people. */
interface Greeter { public function greet(string $who): string; }

/**
 * A polite greeter.
 * @internal
 */
class Polite implements Greeter {
    /** @var string the salutation */
    protected string $salutation = 'Hello';

    /** Maximum length. */
    const MAX = 10;

    public function __construct(private string $suffix = '!') {}

    /**
     * Greet someone.
     */
    public function greet(string $who): string
    {
        return "{$this->salutation}, $who{$this->suffix}";
    }

    private function whisper(string $who, string ...$more): string { return strtolower($this->greet(implode(' & ', [$who, ...$more]))); }
    public static function make(string $suffix = '.'): static { return new static($suffix); }
    public function &refReturn(array &$arr) { return $arr[0]; }
}
class VeryPolite extends Polite {
    protected string $salutation = 'Good day';
}

/** A function. */
function helper(int $a,
                int $b = 2): int {
    return $a + $b;
}

function meta(Reflector $r): string {
    $doc = method_exists($r, 'getDocComment') ? $r->getDocComment() : false;
    $out = $r->getName();
    if (method_exists($r, 'getStartLine')) {
        $out .= " lines " . var_export($r->getStartLine(), true) . "-" . var_export($r->getEndLine(), true);
        $out .= " file " . var_export($r->getFileName() === false ? false : basename($r->getFileName()), true);
        $out .= " user=" . var_export($r->isUserDefined(), true) . " internal=" . var_export($r->isInternal(), true);
    }
    return $out . " doc=" . json_encode($doc);
}

echo "-- source metadata\n";
echo meta(new ReflectionClass('Greeter')), "\n";
echo meta(new ReflectionClass('Polite')), "\n";
echo meta(new ReflectionMethod('Polite', 'greet')), "\n";
echo meta(new ReflectionMethod('Polite::make')), "\n";
echo meta(new ReflectionFunction('helper')), "\n";
echo meta(new ReflectionClass('ArrayObject')), "\n";
echo meta(new ReflectionMethod('ArrayObject', 'count')), "\n";
echo meta(new ReflectionFunction('strlen')), "\n";
echo meta(new ReflectionFunction(function () {
    return 1;
})), "\n";
echo "property doc: ", json_encode((new ReflectionProperty('Polite', 'salutation'))->getDocComment()), "\n";
echo "promoted property doc: ", json_encode((new ReflectionProperty('Polite', 'suffix'))->getDocComment()), "\n";
echo "const doc: ", json_encode((new ReflectionClassConstant('Polite', 'MAX'))->getDocComment()), "\n";
echo "extension: ", var_export((new ReflectionClass('ArrayObject'))->getExtensionName(), true), " ", var_export((new ReflectionClass('Polite'))->getExtensionName(), true), "\n";

echo "-- invoke / invokeArgs\n";
$p = new Polite();
$vp = new VeryPolite('?');
$greet = new ReflectionMethod('Polite', 'GREET');
echo $greet->getName(), ": ", $greet->invoke($p, 'Ann'), " | ", $greet->invoke($vp, 'Bob'), "\n";
echo $greet->invokeArgs($p, ['who' => 'Named']), "\n";
$whisper = new ReflectionMethod('Polite', 'whisper');
echo $whisper->invoke($vp, 'Cy', 'Di', 'Ed'), "\n";
echo $whisper->invokeArgs($p, ['Fay', 'Gus']), "\n";
$make = new ReflectionMethod('VeryPolite', 'make');
echo get_class($make->invoke(null)), " ", get_class($make->invoke(null, ';')), "\n";
$ref = new ReflectionMethod('Polite', 'refReturn');
$arr = [1, 2];
var_dump($ref->returnsReference());
$errors = [
    'wrong object' => fn() => $greet->invoke(new ArrayObject(), 'x'),
    'null object for instance method' => fn() => $greet->invoke(null, 'x'),
    'too few args' => fn() => $greet->invoke($p),
    'type error' => fn() => $greet->invokeArgs($p, [[]]),
    'unknown named' => fn() => $greet->invokeArgs($p, ['nobody' => 1]),
    'abstract' => fn() => (new ReflectionMethod('Greeter', 'greet'))->invoke($p, 'x'),
    'missing method' => fn() => new ReflectionMethod('Polite', 'nope'),
    'bad string' => fn() => new ReflectionMethod('Polite'),
];
foreach ($errors as $label => $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n"; }
}

echo "-- getClosure\n";
$c = $whisper->getClosure($p);
echo $c('Hal'), "\n";
$c2 = $greet->getClosure($vp);
echo $c2('Ida'), "\n";
$sc = $make->getClosure();
echo get_class($sc()), "\n";
$rf = new ReflectionFunction('helper');
echo $rf->invoke(1), " ", $rf->invokeArgs(['b' => 10, 'a' => 1]), " ", $rf->getClosure()(5, 5), "\n";
try {
    $greet->getClosure();
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$rfc = new ReflectionFunction($c);
echo $rfc->getName(), " ", get_class($rfc->getClosureThis()), " ", $rfc->getClosureScopeClass()->getName(), "\n";
