<?php
// Static properties through static::, self::, parent:: and a class in a variable, from one
// instruction running for several classes (the cache per class), redeclared in a child,
// inherited, protected and private, typed and uninitialised.
class Base {
    protected static $count = 0;
    public static $label = 'base';
    private static $secret = 's';
    public static int $typed;
    public static function bump() { return ++static::$count; }
    public static function label() { return static::$label; }
    public static function selfLabel() { return self::$label; }
    public static function secret() { return static::$secret; }
    public static function typed() { return static::$typed; }
}
class Child extends Base {
    public static $label = 'child';   // redeclared: its own slot
    public static function parentLabel() { return parent::$label; }
}
class Grand extends Child {}
foreach ([Base::class, Child::class, Grand::class, Child::class, Base::class] as $c) {
    echo $c, ' ', $c::bump(), ' ', $c::label(), ' ', $c::selfLabel(), "\n";
}
echo Child::parentLabel(), ' ', Grand::parentLabel(), "\n";
Grand::$label = 'grand via child slot';
echo Child::label(), ' ', Grand::label(), ' ', Base::label(), "\n";
echo Base::secret(), "\n";
try { echo Child::secret(), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo Child::typed(), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
Base::$typed = 5;
echo Child::typed(), ' ', Grand::typed(), "\n";
$cls = 'Grand';
for ($i = 0; $i < 3; $i++) { $cls::$label .= '!'; echo $cls::$label, ' '; $cls = $i ? 'Base' : 'Child'; }
echo "\n";
try { echo Base::$count; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo $cls::$nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
trait Counts { public static $made = 0; public static function make() { return ++static::$made; } }
class A { use Counts; }
class B { use Counts; }
echo A::make(), A::make(), B::make(), A::make(), B::make(), "\n";
$f = function () { return static::$count; };
echo Closure::bind($f, null, Base::class)(), ' ', Closure::bind($f, null, Child::class)(), "\n";
