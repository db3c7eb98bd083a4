<?php
// var_export of objects, enums, stdClass, nested structures and closures.
class Config {
    public $name = 'app';
    protected $debug = true;
    private $ratio = 0.5;
    public $nested;
    public ?array $list = null;
}
enum Env: string { case Prod = 'prod'; case Dev = 'dev'; }
enum Flag { case Yes; }

$c = new Config();
var_export($c);
echo "\n";
$c->nested = new Config();
$c->list = [Env::Prod, 'k' => Flag::Yes, 'n' => null, 'f' => 1.0, 's' => "it's"];
var_export($c);
echo "\n";

$std = new stdClass();
$std->a = [1, [2, [3]]];
$std->{'key with space'} = new stdClass();
$std->{'12'} = 'numeric';
var_export($std);
echo "\n";
var_export((object) []);
echo "\n";

echo var_export(Env::Dev, true), "\n";
var_export([Env::Prod, Env::Prod]);
echo "\n";
var_export(function ($x) { return $x; });
echo "\n";
var_export(new ArrayObject([1, 2]));
echo "\n";
var_export(new ArrayIterator(['a' => 1]));
echo "\n";

// floats and special values
var_export([0.1, -0.0, 1e100, 1/3, PHP_INT_MIN, 7.0, NAN, INF, -INF]);
echo "\n";
// strings with special characters
var_export("nul\0byte, tab\t, newline\n, backslash\\, quote'");
echo "\n";

// recursion is not supported: warning and NULL
$r = new stdClass();
$r->self = $r;
var_export($r);
echo "\n";
$arr = [1];
$arr[] = &$arr;
var_export($arr);
echo "\n";
