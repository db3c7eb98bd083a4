<?php
// Default values of parameters read before the function first runs: phpovm links a function's
// code on its first entry, and until then libphp finds an optional parameter's default in the
// function's entry instructions. Reflection, named arguments that skip a parameter (from phpovm
// and from libphp's own calls), inherited and trait copies, constant-expression defaults, then
// the same after the first call, and last an incompatible override whose error message prints
// the parent's defaults.

const BASE_LIMIT = 40;

class Defaults
{
    public const UNIT = 'kg';

    public function plain($a, $b = 2, $c = 'three', $d = null, $e = [1, 2, 3])
    {
        return "plain $a $b $c " . var_export($d, true) . ' ' . count($e);
    }

    public function constants($x = self::UNIT, $y = BASE_LIMIT + 2, $z = PHP_INT_SIZE * 2, $w = [self::UNIT => BASE_LIMIT])
    {
        return "constants $x $y $z " . json_encode($w);
    }

    public static function typed(int $n = 7, ?string $s = null, float $f = 1.5, bool ...$flags)
    {
        return "typed $n " . var_export($s, true) . " $f " . count($flags);
    }

    public function newDefault($o = new ArrayObject([1, 2]))
    {
        return 'newDefault ' . get_class($o) . ' ' . count($o);
    }
}

class Inherits extends Defaults
{
}

trait WithDefaults
{
    public function fromTrait($p = 'trait-default', $q = self::class)
    {
        return "fromTrait $p $q";
    }
}

class UsesTrait
{
    use WithDefaults;
}

function top_level($first, $second = 'second-default', $third = BASE_LIMIT)
{
    return "top_level $first $second $third";
}

function describe(ReflectionFunctionAbstract $f)
{
    $out = [];
    foreach ($f->getParameters() as $p) {
        if (!$p->isDefaultValueAvailable()) {
            $out[] = '$' . $p->getName();
            continue;
        }
        $d = '$' . $p->getName() . '=';
        if ($p->isDefaultValueConstant()) {
            $d .= $p->getDefaultValueConstantName() . '->';
        }
        $value = $p->getDefaultValue();
        $d .= is_object($value) ? get_class($value) : var_export($value, true);
        $out[] = str_replace("\n", '', $d);
    }
    return $f->getName() . '(' . implode(', ', $out) . ')';
}

// Reflection first, on originals and on copies.
echo describe(new ReflectionMethod(Defaults::class, 'plain')), "\n";
echo describe(new ReflectionMethod(Inherits::class, 'constants')), "\n";
echo describe(new ReflectionMethod(Inherits::class, 'typed')), "\n";
echo describe(new ReflectionMethod(UsesTrait::class, 'fromTrait')), "\n";
echo describe(new ReflectionFunction('top_level')), "\n";
echo (string) (new ReflectionMethod(Inherits::class, 'plain'))->getParameters()[2], "\n";

// Named arguments that skip optional parameters, on first calls of copies and originals.
$i = new Inherits();
echo $i->plain('A', c: 'C'), "\n";
echo $i->constants(z: 0), "\n";
echo Inherits::typed(f: 2.5), "\n";
echo (new UsesTrait())->fromTrait(q: 'Q'), "\n";
echo top_level('x', third: 3), "\n";
// ... and through libphp's own calls.
echo call_user_func_array([new Defaults(), 'plain'], ['a' => 'via-cufa', 'd' => true]), "\n";
echo call_user_func_array('top_level', ['first' => 'f', 'third' => 9]), "\n";
echo (new ReflectionMethod(Defaults::class, 'newDefault'))->invokeArgs(new Defaults(), []), "\n";
echo (new ReflectionMethod(Defaults::class, 'typed'))->invokeArgs(null, ['s' => 'named']), "\n";

// After the first calls, the same reflection and calls again.
echo (new Defaults())->plain(1), ' | ', (new Defaults())->constants(), ' | ', Defaults::typed(), "\n";
echo describe(new ReflectionMethod(Inherits::class, 'plain')), "\n";
echo describe(new ReflectionMethod(Defaults::class, 'constants')), "\n";
echo $i->plain('B', e: []), "\n";

// An override that drops the parent's defaults is a fatal error printing them (the parent's
// method never ran).
class Parental
{
    public function m($a = 1, $b = 'bee', $c = BASE_LIMIT)
    {
        return 'never';
    }
}

if (true) {
    class Incompatible extends Parental
    {
        public function m($a, $b)
        {
            return 'incompatible';
        }
    }
}
echo "not reached\n";
