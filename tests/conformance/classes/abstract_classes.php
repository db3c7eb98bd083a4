<?php
// Abstract classes: instantiation errors, template methods, abstract static.
abstract class Shape {
    abstract public function area(): float;
    abstract protected function name(): string;
    abstract public static function create(float ...$dims): static;

    public function describe(): string {
        return sprintf("%s with area %.2f", $this->name(), $this->area());
    }
}

class Circle extends Shape {
    public function __construct(private float $r) {}
    public function area(): float { return M_PI * $this->r ** 2; }
    protected function name(): string { return "circle"; }
    public static function create(float ...$dims): static { return new static($dims[0]); }
}

class Rect extends Shape {
    public function __construct(protected float $w, protected float $h) {}
    public function area(): float { return $this->w * $this->h; }
    // visibility may be widened in the child
    public function name(): string { return "rect"; }
    public static function create(float ...$dims): static { return new static(...$dims); }
}

final class Square extends Rect {
    public function __construct(float $side) { parent::__construct($side, $side); }
    public function name(): string { return "square"; }
}

$shapes = [new Circle(1), Circle::create(2), new Rect(2, 3), Rect::create(4, 5), new Square(3)];
foreach ($shapes as $s) {
    echo get_class($s), ": ", $s->describe(), "\n";
}
var_dump($shapes[4] instanceof Shape, $shapes[4] instanceof Rect);
echo (new Rect(1, 1))->name(), "\n";

try {
    $s = new Shape();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$cls = 'Shape';
try {
    $s = new $cls();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    Shape::create(1.0);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$rc = new ReflectionClass('Shape');
var_dump($rc->isAbstract(), $rc->isInstantiable());
var_dump((new ReflectionClass('Square'))->isFinal());

// abstract class without abstract methods is still abstract
abstract class Marker {
    public function hello() { return "hello from " . static::class; }
}
class Concrete extends Marker {}
echo (new Concrete())->hello(), "\n";
try {
    new Marker();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
