<?php
// PHP 8.2 readonly classes: every declared property is readonly and
// dynamic properties are forbidden.
readonly class Money {
    public function __construct(
        public int $amount,
        public string $currency = 'EUR',
    ) {}

    public function add(Money $o): static {
        if ($o->currency !== $this->currency) {
            throw new InvalidArgumentException("currency mismatch");
        }
        return new static($this->amount + $o->amount, $this->currency);
    }
    public function __toString(): string {
        return sprintf("%d.%02d %s", intdiv($this->amount, 100), $this->amount % 100, $this->currency);
    }
}

$a = new Money(1050);
$b = new Money(295);
echo $a->add($b), "\n";
try {
    $a->add(new Money(1, 'USD'));
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    $a->amount = 5;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $a->extra = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $a->currency .= 'x';
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$rc = new ReflectionClass(Money::class);
var_dump($rc->isReadOnly());
foreach ($rc->getProperties() as $p) {
    echo $p->getName(), " readonly=", var_export($p->isReadOnly(), true), "\n";
}
var_dump($a);

readonly class Point3 {
    public int $x;
    public function __construct() { $this->x = 1; }
}
class_exists('Point3');
$p = new Point3();
echo $p->x, "\n";
// a readonly class may only be extended by a readonly class
if (true) {
    readonly class Point4 extends Point3 {
        public int $y;
    }
}
echo get_parent_class(new Point4()), "\n";
