<?php
// json_encode of objects (public properties, JsonSerializable, nested,
// enums) and json_decode back to objects.
class Address {
    public $street = 'Main St';
    protected $zip = '12345';
    private $geo = [0, 0];
    public ?Address $alt = null;
}
class Customer implements JsonSerializable {
    public function __construct(public string $name, public array $orders, private Address $addr) {}
    public function jsonSerialize(): array {
        return ['name' => $this->name, 'orderCount' => count($this->orders), 'address' => $this->addr, 'since' => null];
    }
}
enum Tier: string { case Gold = 'gold'; case Silver = 'silver'; }

$addr = new Address();
echo json_encode($addr), "\n";
$c = new Customer('Ann', [1, 2, 3], $addr);
echo json_encode($c), "\n";
echo json_encode(['customer' => $c, 'tier' => Tier::Gold, 'tiers' => Tier::cases()], JSON_PRETTY_PRINT), "\n";

// flags
$o = new stdClass();
$o->slash = 'a/b';
$o->unicode = 'héllo €';
$o->num = '123';
$o->float = 10.0;
$o->empty = [];
$o->emptyObj = new stdClass();
$o->html = '<tag attr="x">&</tag>';
echo json_encode($o), "\n";
echo json_encode($o, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_NUMERIC_CHECK | JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode($o, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_FORCE_OBJECT), "\n";

// decode to objects / arrays
$json = '{"a":1,"b":{"c":[1,2,{"d":"e"}]},"":"empty key","0":"zero","big":12345678901234567890}';
$d = json_decode($json);
var_dump(get_class($d), $d->b->c[2]->d, $d->{''}, $d->{'0'}, $d->big);
$arr = json_decode($json, true);
var_dump(array_keys($arr), $arr['big']);
var_dump(json_decode($json, false, 512, JSON_BIGINT_AS_STRING)->big);
var_dump(json_decode('[[1]]', true, 1), json_last_error_msg());
var_dump(json_decode('{"a":1', true), json_last_error(), json_last_error_msg());
try {
    json_decode('{bad}', false, 512, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    echo get_class($e), ": ", $e->getMessage(), " (", $e->getCode(), ")\n";
}
// round trip of an object through json
$rt = json_decode(json_encode($addr));
print_r($rt);
echo "\n";
// invalid UTF-8
var_dump(json_encode("bad \xB1 utf8"), json_last_error_msg());
echo json_encode("bad \xB1 utf8", JSON_INVALID_UTF8_SUBSTITUTE), "\n";
echo json_encode([1 => 'a', 2 => 'b']), " ", json_encode([0 => 'a', 1 => 'b']), " ", json_encode([3.0, 0.1 + 0.2]), "\n";
