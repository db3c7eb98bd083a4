<?php
// serialize/unserialize, var_export, json_encode of enums.
enum Size: string { case Small = 's'; case Large = 'l'; }
enum Flag { case On; case Off; }

$data = ['size' => Size::Large, 'flag' => Flag::Off, 'list' => [Size::Small, Size::Small]];
$s = serialize($data);
echo $s, "\n";
$u = unserialize($s);
var_dump($u['size'] === Size::Large, $u['flag'] === Flag::Off, $u['list'][0] === $u['list'][1]);
echo serialize(Flag::On), "\n";
var_dump(unserialize('E:10:"Size:Small";'));
var_dump(unserialize('E:10:"Size:Small"') === Size::Small);
var_dump(unserialize('E:9:"Size:Large";'));
var_dump(unserialize('E:11:"Size:Medium";'));
var_dump(unserialize('E:4:"Size";'));
var_dump(unserialize('E:11:"Nope:Medium";'));

var_export(Size::Small);
echo "\n";
var_export($data);
echo "\n";
var_export([Flag::On]);
echo "\n";
echo json_encode(['s' => Size::Large, 'list' => Size::cases()]), "\n";
var_dump(json_encode(Flag::On));
echo json_last_error_msg(), "\n";
try {
    json_encode(Flag::On, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    echo get_class($e), ": ", $e->getMessage(), " (", $e->getCode(), ")\n";
}

// enums inside objects
class Shirt {
    public function __construct(public Size $size, public ?Flag $flag = null) {}
}
$shirt = new Shirt(Size::Small, Flag::On);
$ser = serialize($shirt);
echo $ser, "\n";
$back = unserialize($ser);
var_dump($back->size === Size::Small, $back->flag === Flag::On);
print_r($back);
echo "\n";
echo json_encode($shirt), "\n";
var_export($shirt);
echo "\n";
print_r($shirt);
echo "\n";
echo "done\n";
