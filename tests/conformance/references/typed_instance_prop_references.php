<?php
// References to typed instance properties carry the property's type:
// writes through &$obj->prop, by-reference arguments (user and internal
// functions), list() with references, foreach by reference over a typed
// array property's elements (untyped), settype(), and a reference shared
// between properties of two objects. Readonly properties refuse
// references from outside their scope.
class Item {
    public int $qty = 1;
    public ?float $price = null;
    public string $name = 'item';
    public array $tags = [];
    public int|string $code = 0;
    public function __construct(public readonly int $id = 0) {}
}

function attempt(string $label, callable $f): void {
    try {
        $f();
        echo "$label: ok\n";
    } catch (TypeError $e) {
        echo "$label: TypeError: ", $e->getMessage(), "\n";
    } catch (Error $e) {
        echo "$label: Error: ", $e->getMessage(), "\n";
    }
}

$it = new Item(7);
$q = &$it->qty;
$q = "5";
var_dump($it->qty);
attempt('string via &qty', function () use (&$q) { $q = "five"; });
attempt('null via &qty', function () use (&$q) { $q = null; });
$q += 10;
var_dump($it->qty);

echo "-- by-reference arguments\n";
function bump(&$x) { $x = $x . "0"; }
bump($it->qty);
var_dump($it->qty);
attempt('bump name (string ok)', function () use ($it) { bump($it->name); });
var_dump($it->name);
attempt('settype qty to array', function () use ($it) { settype($it->qty, 'array'); });
attempt('settype qty to string', function () use ($it) { settype($it->qty, 'string'); });
var_dump($it->qty);
attempt('preg_match into int', function () use ($it) { preg_match('/x/', 'x', $it->qty); });
attempt('preg_match into array', function () use ($it) { preg_match('/(x)/', 'x', $it->tags); });
var_dump($it->tags);
attempt('sort array prop', function () use ($it) { $it->tags = [3, 1, 2]; sort($it->tags); });
echo implode(',', $it->tags), "\n";
attempt('array_push on int prop', function () use ($it) { array_push($it->qty, 1); });
attempt('str_replace count into ?float', function () use ($it) { str_replace('a', 'b', 'aaa', $it->price); });
var_dump($it->price);

echo "-- list() with references\n";
$src = ["3", "4.5"];
attempt('list refs', function () use ($it, &$src) { [&$it->qty] = $src; });
var_dump($it->qty);
var_dump($src[0]);
attempt('write "x" to the source element', function () use (&$src) { $src[0] = "x"; });
$src[0] = "8";
var_dump($it->qty);

echo "-- foreach by reference over typed array property elements\n";
$it->tags = [1, 2, 3];
foreach ($it->tags as &$t) $t = "tag$t";
unset($t);
echo implode(',', $it->tags), "\n";
attempt('foreach by ref over int prop', function () use ($it) { foreach ($it->qty as &$v) {} });

echo "-- shared reference between two objects\n";
$a = new Item();
$b = new Item();
$a->code = &$b->qty;
attempt('write string to shared int|string/int ref', function () use ($a) { $a->code = "abc"; });
$a->code = 99;
var_dump($b->qty);
attempt('write float to shared ref', function () use ($b) { $b->qty = 1.0; });
var_dump($a->code);
unset($a->code);
attempt('write after unset of one side', function () use ($b) { $b->qty = "12"; });
var_dump($b->qty);

echo "-- readonly\n";
attempt('reference to readonly from outside', function () use ($it) { $r = &$it->id; });
attempt('bump readonly', function () use ($it) { bump($it->id); });
attempt('foreach over readonly array by ref', function () { $o = new class { public readonly array $l; public function __construct() { $this->l = [1]; } }; foreach ($o->l as &$v) { $v = 2; } });
var_dump($it->id);
