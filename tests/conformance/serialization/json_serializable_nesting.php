<?php
// json_encode with JsonSerializable returning objects, scalars, other
// JsonSerializable instances and enums; pretty printing of nested empty
// containers; recursion and depth errors; exceptions thrown from
// jsonSerialize(); private/protected visibility and numeric-like keys.
enum Status: string { case Active = 'active'; case Off = 'off'; }

class Money implements JsonSerializable {
    public function __construct(private int $cents, private string $cur) {}
    public function jsonSerialize(): mixed { return sprintf('%d.%02d %s', intdiv($this->cents, 100), $this->cents % 100, $this->cur); }
}
class Line implements JsonSerializable {
    public function __construct(public string $sku, public Money $price, public int $qty) {}
    public function jsonSerialize(): object {
        $o = new stdClass;
        $o->sku = $this->sku;
        $o->price = $this->price;       // nested JsonSerializable
        $o->qty = $this->qty;
        $o->meta = new ArrayObject([]); // ArrayObject: encoded from its properties ({})
        return $o;
    }
}
class Order implements JsonSerializable {
    public array $lines = [];
    protected string $internal = 'hidden';
    public function __construct(public int $id, public Status $status) {}
    public function jsonSerialize(): array {
        return ['id' => $this->id, 'status' => $this->status, 'lines' => $this->lines, 'tags' => [], 'extra' => new stdClass, 'self' => new Wrapper(null)];
    }
}
class Wrapper implements JsonSerializable {
    public function __construct(private mixed $v) {}
    public function jsonSerialize(): mixed { return $this->v; }
}

$order = new Order(7, Status::Active);
$order->lines[] = new Line('A-1', new Money(1999, 'EUR'), 2);
$order->lines[] = new Line('B-2', new Money(5, 'USD'), 1);
echo json_encode($order), "\n";
echo json_encode($order, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";

echo "-- wrappers around scalars and nested wrappers\n";
foreach ([1, 1.5, 'str', true, null, [1, 2], ['a' => 1], new Wrapper(new Wrapper('deep')), Status::Off] as $v) {
    echo json_encode(new Wrapper($v)), " ";
}
echo "\n";
echo json_encode([new Wrapper([]), new Wrapper(new stdClass)], JSON_PRETTY_PRINT), "\n";
echo json_encode(new Wrapper([]), JSON_FORCE_OBJECT), "\n";

echo "-- visibility and keys\n";
class Vis { public $a = 1; protected $b = 2; private $c = 3; public $list = ['0' => 'x', '1' => 'y']; public $map = [1 => 'x', 2 => 'y']; }
echo json_encode(new Vis), "\n";
$o = new stdClass;
$o->{'123'} = 'numeric name';
$o->{''} = 'empty name';
echo json_encode($o), "\n";

echo "-- recursion and depth\n";
class SelfRef implements JsonSerializable {
    public function jsonSerialize(): mixed { return ['me' => $this]; }
}
var_dump(json_encode(new SelfRef()));
echo json_last_error(), " ", json_last_error_msg(), "\n";
$a = new stdClass;
$a->b = new stdClass;
$a->b->a = $a;
var_dump(json_encode($a));
echo json_last_error_msg(), "\n";
echo json_encode($a, JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
var_dump(json_encode([[[1]]], 0, 2));
echo json_last_error_msg(), "\n";
echo json_encode(new Wrapper(new Wrapper([[1]])), 0, 3), "\n";

echo "-- exceptions from jsonSerialize\n";
class Boom implements JsonSerializable {
    public function jsonSerialize(): mixed { throw new DomainException('boom'); }
}
try {
    json_encode(['ok' => 1, 'bad' => new Boom()]);
} catch (DomainException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(json_last_error());
try {
    json_encode(new SelfRef(), JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    echo get_class($e), ": ", $e->getMessage(), " ", $e->getCode(), "\n";
}
echo "-- decode into nested objects and re-encode pretty\n";
$d = json_decode('{"a":{"b":[],"c":{},"d":[{}]},"e":[[]]}');
echo json_encode($d, JSON_PRETTY_PRINT), "\n";
print_r($d->a->c); print_r($d->a->d);
