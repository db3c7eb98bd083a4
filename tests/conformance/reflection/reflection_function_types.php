<?php
// ReflectionFunction, ReflectionParameter and ReflectionNamedType /
// ReflectionUnionType / ReflectionIntersectionType on user functions.
class Box {}

function sample(int $a, ?string $b, int|float $c = 1.5, Box|array|null $d = null, iterable $e = [],
                Countable&Traversable $f = null, string|bool ...$rest): ?Box { return null; }
function &byRef(array &$arr, $untyped = PHP_INT_MAX, mixed $m = null): array { return $arr; }
function noReturn(): void {}
function neverReturns(): never { throw new Exception(); }

// Note: a defaulted-to-null intersection type becomes (A&B)|null.
function describeType(?ReflectionType $t): string {
    if ($t === null) return '(none)';
    $kind = get_class($t);
    $extra = $t instanceof ReflectionNamedType
        ? ' name=' . $t->getName() . ' builtin=' . var_export($t->isBuiltin(), true)
        : ' members=[' . implode(',', array_map(fn($x) => get_class($x) . ' ' . $x, $t->getTypes())) . ']';
    return "$kind '$t' nullable=" . var_export($t->allowsNull(), true) . $extra;
}

foreach (['sample', 'byRef', 'noReturn', 'neverReturns'] as $fn) {
    $rf = new ReflectionFunction($fn);
    echo "== ", $rf->getName(), " params=", $rf->getNumberOfParameters(), " required=", $rf->getNumberOfRequiredParameters(),
        " variadic=", var_export($rf->isVariadic(), true), " byref=", var_export($rf->returnsReference(), true), "\n";
    echo "  return: ", describeType($rf->getReturnType()), "\n";
    foreach ($rf->getParameters() as $p) {
        echo "  #", $p->getPosition(), " \$", $p->getName(), ": ", describeType($p->getType()),
            $p->isOptional() ? ' optional' : '',
            $p->isDefaultValueAvailable() ? ' default=' . json_encode($p->getDefaultValue()) : '',
            $p->isDefaultValueAvailable() && $p->isDefaultValueConstant() ? ' const=' . $p->getDefaultValueConstantName() : '',
            $p->isVariadic() ? ' variadic' : '',
            $p->isPassedByReference() ? ' by-ref' : '',
            $p->allowsNull() ? ' allows-null' : '',
            "\n";
    }
}

$closure = function (int ...$nums) use (&$closure): int { return array_sum($nums); };
$rf = new ReflectionFunction($closure);
echo $rf->getName(), " ", $rf->isClosure() ? 'closure' : 'function', " ", $rf->invoke(1, 2, 3), " ", $rf->invokeArgs([4, 5]), "\n";
print_r(array_keys($rf->getStaticVariables()));
$arrow = fn(string $s = 'x'): string => strtoupper($s);
echo (new ReflectionFunction($arrow))->invoke(), "\n";

$internal = new ReflectionFunction('str_replace');
var_dump($internal->isInternal(), $internal->getNumberOfParameters(), (string) $internal->getParameters()[0]->getType());
var_dump((new ReflectionFunction('sample'))->getShortName(), (new ReflectionFunction('sample'))->getStartLine());
echo (new ReflectionFunction('byRef'))->getParameters()[0], "\n";
echo (new ReflectionFunction('sample'))->getParameters()[3], "\n";
try {
    new ReflectionFunction('does_not_exist');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
