<?php
// Class constants: expressions referring to constants of other classes
// declared later, enum-valued and final constants, interface constants,
// static::CONST / $obj::CONST / constant(), and errors that only surface
// when a constant is first evaluated (undefined, self-referencing,
// visibility, non-constant access paths).
enum Level: int {
    case Low = 1;
    case High = 10;
    const DEFAULT = self::Low;
}
interface HasLimits {
    const MAX = Limits::BASE * 4;           // refers to a class declared later
    final const NAME = 'limits';
}
class Limits implements HasLimits {
    const BASE = 25;
    const RANGE = [self::BASE, self::MAX];
    const LABEL = self::NAME . ':' . self::MAX;
    final public const LEVEL = Level::High;
    const LEVEL_VALUE = self::LEVEL->value;  // PHP 8.2: ->value in constant expressions
    private const SECRET = 's3cret';
    protected const PROT = 'prot';
    public static function secret(): string { return self::SECRET . '/' . static::PROT; }
    public function who(): string { return static::LABEL; }
}
// Never instantiated before the end: each broken constant fails on access.
class Broken {
    const FINE = 'fine';
    const BROKEN = UNDEFINED_GLOBAL + 1;
    const BROKEN_CLASS = Nowhere::X;
    const CYCLE_A = self::CYCLE_B;
    const CYCLE_B = self::CYCLE_A;
    public $p = 1;
}
class MoreLimits extends Limits {
    const BASE = 50;                         // self::BASE in Limits still means 25
    const LABEL = 'more:' . parent::LABEL;
    protected const PROT = 'child prot';
}

echo HasLimits::MAX, " ", Limits::MAX, " ", MoreLimits::MAX, "\n";
print_r(Limits::RANGE);
echo Limits::LABEL, " | ", MoreLimits::LABEL, "\n";
var_dump(Limits::LEVEL, Limits::LEVEL_VALUE, Level::DEFAULT);
var_dump(Limits::LEVEL === Level::High);
echo (new Limits())->who(), " | ", (new MoreLimits())->who(), "\n";
$obj = new MoreLimits();
echo $obj::BASE, " ", constant('MoreLimits::BASE'), " ", constant('Level::High')->name, "\n";
echo Limits::secret(), " | ", MoreLimits::secret(), "\n";
$cls = 'Limits';
echo $cls::NAME, "\n";

function attempt(string $label, callable $f): void {
    try {
        $r = $f();
        echo "$label: ", var_export($r, true), "\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
attempt('undefined global in expression', fn() => Broken::BROKEN);
attempt('again (not cached)', fn() => Broken::BROKEN);
attempt('undefined class in expression', fn() => Broken::BROKEN_CLASS);
attempt('self-referencing', fn() => Broken::CYCLE_A);
attempt('undefined class constant', fn() => Limits::NOPE);
attempt('private from outside', fn() => Limits::SECRET);
attempt('protected from outside', fn() => MoreLimits::PROT);
attempt('constant() undefined', fn() => constant('Limits::NOPE'));
attempt('constant on undefined class', fn() => constant('Nope::X'));
attempt('defined()', fn() => [defined('Limits::BASE'), defined('Limits::SECRET'), defined('Limits::NOPE')]);
attempt('enum case via constant()', fn() => constant('Level::Low'));
attempt('::class on instance', fn() => $obj::class);
attempt('::class on string', function () { $s = 'Limits'; return $s::class; });
attempt('fine constant of broken class', fn() => Broken::FINE);
// instantiating evaluates all constants of the class
attempt('new Broken', fn() => new Broken());
attempt('new Broken again', fn() => new Broken());
