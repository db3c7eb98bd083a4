<?php
// JsonSerializable on user classes: nesting, scalars, exceptions, flags.
class Temperature implements JsonSerializable {
    public function __construct(private float $celsius) {}
    public function jsonSerialize(): mixed {
        return ['c' => $this->celsius, 'f' => $this->celsius * 9 / 5 + 32];
    }
}
class Reading implements JsonSerializable {
    public $hidden = 'not serialized';
    public function __construct(private string $where, private Temperature $t, private array $tags = []) {}
    public function jsonSerialize(): array {
        return ['where' => $this->where, 'temp' => $this->t, 'tags' => $this->tags];
    }
}
class Scalar implements JsonSerializable {
    public function __construct(private mixed $v) {}
    public function jsonSerialize(): mixed { return $this->v; }
}
class Plain {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    public $list = [1, 2];
    public $nested;
}

$r = new Reading('lab', new Temperature(21.5), ['indoor', 'é']);
echo json_encode($r), "\n";
echo json_encode($r, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE), "\n";
echo json_encode([new Scalar(1), new Scalar('s'), new Scalar(null), new Scalar(false), new Scalar([])]), "\n";
echo json_encode(new Scalar(new Scalar(new Scalar(3.0)))), "\n";
echo json_encode(new Scalar(3.0), JSON_PRESERVE_ZERO_FRACTION), "\n";
$p = new Plain();
$p->nested = new Plain();
echo json_encode($p), "\n";
echo json_encode(new stdClass()), " ", json_encode([]), " ", json_encode((object) []), "\n";
echo json_encode(new ArrayObject([1, 2])), "\n";
echo json_encode(['k' => new Scalar(['x' => 1])], JSON_FORCE_OBJECT), "\n";

class Failing implements JsonSerializable {
    public function jsonSerialize(): mixed { throw new LogicException("cannot serialise"); }
}
try {
    echo json_encode(['ok' => 1, 'bad' => new Failing()]);
} catch (LogicException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
// recursion: an object serialising to itself
class Loop implements JsonSerializable {
    public function jsonSerialize(): mixed { return $this; }
}
var_dump(json_encode(new Loop()));
echo json_last_error(), " ", json_last_error_msg(), "\n";
$self = new stdClass();
$self->me = $self;
var_dump(json_encode($self), json_last_error_msg());
var_dump(json_encode($self, JSON_PARTIAL_OUTPUT_ON_ERROR));
// decoding gives stdClass, or arrays
print_r(json_decode('{"a":{"b":[1,{"c":null}]}}'));
echo "\n";
var_dump(json_decode('{"a":{"b":[1,{"c":null}]}}', true));
