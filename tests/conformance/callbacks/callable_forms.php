<?php
// Different callable forms passed to array_map / usort / call_user_func.
function double($x) { return $x * 2; }
$fns = [
    'string name' => 'double',
    'builtin name' => 'abs',
    'closure' => function ($x) { return $x + 100; },
    'arrow' => fn($x) => -$x,
    'first-class' => double(...),
    'builtin first-class' => strrev(...),
    'fromCallable' => Closure::fromCallable('double'),
    'static method string' => 'DateTime::createFromFormat',
];
foreach ($fns as $label => $f) {
    if ($label === 'static method string') {
        var_dump(is_callable($f));
        continue;
    }
    $in = $label === 'builtin first-class' ? ['ab', 'cd'] : [1, -2, 3];
    printf("%-20s %s\n", $label, implode(",", array_map($f, $in)));
}
print_r(array_map(null, [1, 2], ['a', 'b']));
print_r(array_map(fn($a, $b) => $a . $b, ['x' => 1, 'y' => 2], [3, 4]));
print_r(array_map(fn($a) => $a * 2, ['x' => 1, 'y' => 2]));
print_r(array_map(fn($a, $b) => [$a, $b], [1, 2, 3], ['only one']));
$compose = fn(callable ...$f) => fn($x) => array_reduce($f, fn($acc, $g) => $g($acc), $x);
echo $compose('trim', 'strrev', 'ucfirst', fn($s) => "$s!")("  olleh "), "\n";
$partial = fn(callable $f, ...$bound) => fn(...$rest) => $f(...$bound, ...$rest);
$greet = $partial('sprintf', "%s, %s%s");
echo $greet("Hello", "World", "?"), "\n";
$r = new ReflectionFunction(double(...));
echo $r->getName(), " has ", $r->getNumberOfParameters(), " parameter\n";
$c = (new ArrayObject([3, 1, 2]));
$c->uasort(fn($a, $b) => $a <=> $b);
echo implode(",", (array)$c), " keys ", implode(",", array_keys((array)$c)), "\n";
try {
    array_map('not_a_function', [1]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_map(fn($a, $b) => 0, [1]);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
