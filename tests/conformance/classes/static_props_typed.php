<?php
// Typed static properties: coercion in weak mode, TypeError on invalid
// assignment (direct, compound, increment, by reference), nullable and
// union types, uninitialised typed statics, inheritance via static::.
class Config {
    public static int $count = 0;
    public static float $ratio = 1;          // int default becomes float
    public static string $name = 'cfg';
    public static ?array $list = null;
    public static bool $flag = false;
    public static int|string $id = 1;
    public static self|null $instance = null;
    public static int $uninit;
    protected static iterable $items = [];

    public static function items(): iterable { return static::$items; }
}
class SubConfig extends Config {}

function attempt(string $label, callable $f): void {
    try {
        $f();
        echo "$label: ok\n";
    } catch (TypeError $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

var_dump(Config::$ratio);
Config::$count = "42";
Config::$ratio = 3;
Config::$name = 12.5;
Config::$flag = "yes";
Config::$id = 7.0;
var_dump(Config::$count, Config::$ratio, Config::$name, Config::$flag, Config::$id);
Config::$id = "abc";
var_dump(Config::$id);
Config::$id = 2.5;                           // deprecated, becomes int 2
var_dump(Config::$id);

attempt('int from non-numeric string', fn() => Config::$count = "abc");
attempt('int from float with fraction', fn() => Config::$count = 1.5);
attempt('int from null', fn() => Config::$count = null);
attempt('array from string', fn() => Config::$list = "x");
attempt('self from other object', fn() => Config::$instance = new stdClass());
attempt('self from subclass', fn() => Config::$instance = new SubConfig());
echo get_class(Config::$instance), "\n";
var_dump(Config::$count);

echo "-- compound assignment and increments\n";
Config::$count = 10;
Config::$count += "5";
Config::$count *= 2;
var_dump(Config::$count);
attempt('.= on int', fn() => Config::$count .= "x");
attempt('/= giving float', fn() => Config::$count /= 4);
var_dump(Config::$count);
Config::$count = PHP_INT_MAX;
attempt('++ overflow', function () { Config::$count++; });
var_dump(Config::$count);
Config::$name = 'a';
Config::$name++;
var_dump(Config::$name);
Config::$list[] = 1;
Config::$list['k'] = 'v';
var_dump(Config::$list);

echo "-- references\n";
Config::$count = 1;
$ref = &Config::$count;
$ref = "99";
var_dump(Config::$count);
attempt('reference assign string', function () use (&$ref) { $ref = "nope"; });
var_dump(Config::$count);
attempt('settype on reference', function () use (&$ref) { settype($ref, 'array'); });
unset($ref);

echo "-- uninitialised and inherited\n";
attempt('read uninitialised', fn() => Config::$uninit);
var_dump(isset(Config::$uninit));
SubConfig::$uninit = 5;
var_dump(Config::$uninit);
SubConfig::$count = "7";
var_dump(Config::$count);
var_dump(SubConfig::items());
attempt('protected from outside', fn() => Config::$items);
