<?php
// A function's first frame runs code phpovm has not linked yet (it links it then; until then the
// instructions a frame can start at only link the code). first_entry_paths.php enters functions
// by every path; here the first frame fails before running (too few arguments, a parameter type),
// is inspected before it runs (reflection, a backtrace in its first instruction), or is entered
// at an instruction past its RECVs (arguments of an untyped function are not received again).

function too_few($a, $b)
{
    return "too_few $a $b";
}

function typed(int $a, string $b = 'dflt'): string
{
    return "typed $a $b";
}

function via_reflection($x, $y)
{
    return "reflection $x $y";
}

function backtrace_first($p)
{
    $t = debug_backtrace();
    return 'backtrace ' . $t[0]['function'] . ' line ' . $t[0]['line'] . ' args ' . count($t[0]['args']);
}

function three($a, $b, $c)
{
    return "three $a $b $c";
}

function no_args()
{
    return 'no_args';
}

try {
    echo too_few(1), "\n";
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo too_few(3, 4), "\n";
try {
    echo typed("seven"), "\n";
} catch (TypeError $e) {
    echo 'TypeError: ', $e->getMessage(), "\n";
}
echo typed(5), ' | ', typed("6", 'x'), "\n";
$rf = new ReflectionFunction('via_reflection');
echo $rf->getStartLine(), ' ', $rf->getEndLine(), ' ', $rf->getNumberOfParameters(), ' ', $rf->getNumberOfRequiredParameters(), "\n";
foreach ($rf->getParameters() as $p) {
    echo $p->getPosition(), ' ', $p->getName(), ' ', $p->isOptional() ? 'optional' : 'required', "\n";
}
echo $rf->invoke('r', 's'), "\n";
echo backtrace_first('p'), "\n";
echo three(1, 2, 3), ' ', three(...[4, 5, 6]), ' ', three(c: 9, a: 7, b: 8), "\n";
echo no_args(), ' ', no_args(1, 2), "\n";
