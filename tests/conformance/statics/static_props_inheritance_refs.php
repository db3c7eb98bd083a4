<?php
// Static properties across an inheritance chain: shared unless
// redeclared, late static binding with static::$x, references to static
// properties, and static properties from traits (one copy per using class).
class Base {
    public static $shared = 'base';
    public static $redeclared = 'base';
    protected static $counter = 0;
    public static array $log = [];

    public static function bump(): int { return ++static::$counter; }
    public static function bumpSelf(): int { return ++self::$counter; }
    public static function who(): string { return static::class . ':' . static::$redeclared; }
    public static function record(string $s): void { static::$log[] = static::class . "/$s"; }
}
class Child extends Base {
    public static $redeclared = 'child';
}
class GrandChild extends Child {
    protected static $counter = 100;
}

echo "-- shared vs redeclared\n";
Child::$shared = 'changed via Child';
echo Base::$shared, " | ", GrandChild::$shared, "\n";
Child::$redeclared = 'child changed';
echo Base::$redeclared, " | ", Child::$redeclared, " | ", GrandChild::$redeclared, "\n";
echo Base::who(), " ", Child::who(), " ", GrandChild::who(), "\n";

echo "-- counters with static:: vs self::\n";
echo Base::bump(), Child::bump(), Base::bump(), "\n";
echo GrandChild::bump(), GrandChild::bump(), "\n";
echo GrandChild::bumpSelf(), "\n";
echo Child::bump(), "\n";

echo "-- array static shared through the chain\n";
Base::record('a');
Child::record('b');
GrandChild::record('c');
print_r(Base::$log);

echo "-- references to static properties\n";
$ref = &Child::$redeclared;
$ref = 'through reference';
echo Child::$redeclared, " / ", GrandChild::$redeclared, "\n";
$arr = [&Base::$shared];
$arr[0] = 'array element ref';
echo Base::$shared, "\n";
function setRef(&$x, $v) { $x = $v; }
setRef(GrandChild::$shared, 'set by function');
echo Base::$shared, "\n";
Base::$shared = &$local;
$local = 'rebound to local';
echo Child::$shared, "\n";
unset($ref, $local);
echo Child::$redeclared, " ", Base::$shared, "\n";

echo "-- variable class names and property names\n";
$cls = 'GrandChild';
$prop = 'redeclared';
echo $cls::$$prop, "\n";
$cls::$$prop = 'dynamic write';
echo Child::$redeclared, "\n";
$obj = new Child();
echo $obj::$redeclared, "\n";

echo "-- traits: each using class gets its own copy\n";
trait Counts {
    public static int $instances = 0;
    public static function make(): static { static::$instances++; return new static(); }
}
class A { use Counts; }
class B { use Counts; }
class A2 extends A {}
A::make(); A::make(); B::make(); A2::make();
echo "A=", A::$instances, " B=", B::$instances, " A2=", A2::$instances, "\n";

echo "-- errors\n";
try { echo Base::$missing; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Base::$counter; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Counts::$instances, "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $n = 'Nope'; echo $n::$x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset(Base::$missing), isset(Child::$shared), isset(Base::$counter));
