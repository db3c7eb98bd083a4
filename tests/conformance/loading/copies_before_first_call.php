<?php
// Copies of a function made before the function first runs, each then called first: libphp
// copies a method for every class that inherits it or uses its trait, a request copies every
// method of a class it declares, and a closure of a method holds its own copy. (phpovm links a
// function's code on its first entry; a copy made before that is given the code when it is first
// entered.) Each copy is called before the original, and again after it; its first frame throws,
// receives extra arguments, catches, backtraces and becomes a generator.

class Base
{
    public function __construct(protected int $k = 2) {}

    public function inherited($x)
    {
        return "inherited " . ($x * $this->k) . " in " . static::class;
    }

    public function typed(int $n): int
    {
        return $n * $this->k;
    }

    public function extra($a)
    {
        return "extra $a +" . (func_num_args() - 1) . ' ' . implode(',', array_slice(func_get_args(), 1));
    }

    public function catches($x)
    {
        try {
            if ($x > 1) {
                throw new DomainException("too big: $x");
            }
            return "small $x";
        } catch (DomainException $e) {
            return 'caught ' . $e->getMessage() . ' at line ' . $e->getLine();
        } finally {
            echo "finally $x\n";
        }
    }

    public function where()
    {
        $t = debug_backtrace();
        return 'where: ' . $t[0]['class'] . '::' . $t[0]['function'] . ' called at line ' . $t[0]['line'];
    }

    public function gen($n)
    {
        for ($i = 1; $i <= $n; $i++) {
            yield $i => $i * $this->k;
        }
        return 'gen done';
    }

    public static function make(...$args)
    {
        return new static(...$args);
    }

    public function thrower($why)
    {
        $len = strlen($why);
        throw new LogicException("thrown after $len characters");
    }
}

class Child extends Base
{
}

class GrandChild extends Child
{
    public function inherited($x)
    {
        return 'grand ' . parent::inherited($x + 1);
    }
}

trait Greets
{
    public function greet($who)
    {
        return "hello $who from " . self::class;
    }

    public static function shout($w)
    {
        return strtoupper($w) . ' (' . static::class . ')';
    }
}

class UsesA
{
    use Greets;
}

class UsesB
{
    use Greets { greet as protected hidden; }

    public function viaAlias($w)
    {
        return $this->hidden($w);
    }
}

// Inherited copies first.
$c = new Child(3);
echo $c->inherited(5), "\n";
echo (new GrandChild(4))->inherited(1), "\n";
echo (new Base())->inherited(5), "\n";
echo $c->inherited(6), "\n";

try {
    echo $c->typed('not a number'), "\n";
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo $c->typed(7), ' ', (new Base())->typed(7), "\n";

echo $c->extra('a', 'b', 'c'), "\n";
echo (new Base())->extra('z'), "\n";

echo $c->catches(5), "\n";
echo $c->catches(1), "\n";
echo (new Base())->catches(9), "\n";

echo $c->where(), "\n";
echo (new Base())->where(), "\n";

$g = $c->gen(3);
foreach ($g as $k => $v) {
    echo "gen $k => $v\n";
}
echo $g->getReturn(), "\n";

echo get_class(Child::make(8)), ' ', get_class(Base::make()), "\n";

try {
    $c->thrower('abcd');
} catch (LogicException $e) {
    echo $e->getMessage(), ' line ', $e->getLine(), ' via ', $e->getTrace()[0]['class'], "\n";
}

// Trait copies (and an alias, a copy of a copy) first.
echo (new UsesB())->viaAlias('bob'), "\n";
echo (new UsesA())->greet('ann'), "\n";
echo UsesB::shout('hey'), ' ', UsesA::shout('ho'), "\n";

// Closures of methods that never ran: first-class callable syntax, fromCallable, and bound.
class Later
{
    private $secret = 'hidden value';

    public function first($x)
    {
        return "first($x) " . $this->secret;
    }

    public function second($x, $y = 'dy')
    {
        return "second($x, $y)";
    }

    public static function third($x)
    {
        return "third($x) in " . static::class;
    }

    public function fourth()
    {
        return $this->secret;
    }
}

class LaterChild extends Later
{
}

$l = new Later();
$f = $l->first(...);
$s = Closure::fromCallable([$l, 'second']);
$t = LaterChild::third(...);
$u = (new ReflectionMethod(Later::class, 'fourth'))->getClosure(new LaterChild());
echo $f(1), "\n";
echo $s(2), "\n";
echo $t(3), "\n";
echo $u(), "\n";
echo $l->first(4), ' ', $l->second(5, 'y'), ' ', Later::third(6), ' ', $l->fourth(), "\n";
echo $f(7), "\n";

// Reflection of a copy that never ran, then a call through reflection.
$m = new ReflectionMethod(Child::class, 'extra');
echo $m->getName(), ' ', $m->getNumberOfParameters(), ' ', $m->getDeclaringClass()->getName(), ' lines ', $m->getStartLine(), '-', $m->getEndLine(), "\n";

class Fresh extends Base
{
    public function untouched($p, $q = 'q')
    {
        return "untouched $p $q";
    }
}

$r = new ReflectionMethod(Fresh::class, 'untouched');
foreach ($r->getParameters() as $p) {
    echo $p->getPosition(), ':', $p->getName(), $p->isOptional() ? '=' . var_export($p->getDefaultValue(), true) : '', "\n";
}
echo $r->invoke(new Fresh(), 'P'), "\n";
echo $r->invokeArgs(new Fresh(), ['P2', 'Q2']), "\n";
