<?php
// An interface may be satisfied by methods inherited from a parent class or
// provided by a trait; abstract classes may leave interface methods open.
interface Shape {
    public function area(): float;
    public function name(): string;
}

class Geometry {
    public function name(): string { return static::class; }
}

trait Squared {
    public function area(): float { return $this->side ** 2; }
}

class Square extends Geometry implements Shape {
    use Squared;
    public function __construct(public float $side) {}
}

abstract class Partial implements Shape {
    public function name(): string { return 'partial:' . static::class; }
}
class Circle extends Partial {
    public function __construct(private float $r) {}
    public function area(): float { return round(M_PI * $this->r ** 2, 3); }
}

/** @param Shape[] $shapes */
function report(Shape ...$shapes): void {
    foreach ($shapes as $s) {
        printf("%-20s %8.3f\n", $s->name(), $s->area());
    }
}
report(new Square(3), new Circle(1), new Square(0.5));

$sq = new Square(2);
var_dump($sq instanceof Shape, $sq instanceof Geometry, (new Circle(2)) instanceof Partial);
$m = new ReflectionMethod('Square', 'name');
echo "Square::name declared in ", $m->getDeclaringClass()->getName(), "\n";
$m = new ReflectionMethod('Square', 'area');
echo "Square::area declared in ", $m->getDeclaringClass()->getName(), "\n";
print_r((new ReflectionClass('Partial'))->getInterfaceNames());

// interface types in closures and return types
$sorter = fn(Shape $a, Shape $b): int => $a->area() <=> $b->area();
$list = [new Square(3), new Circle(1), new Square(1)];
usort($list, $sorter);
echo implode(', ', array_map(fn(Shape $s) => $s->name() . '=' . $s->area(), $list)), "\n";

function biggest(Shape ...$s): ?Shape {
    usort($s, fn($a, $b) => $b->area() <=> $a->area());
    return $s[0] ?? null;
}
echo biggest(...$list)->name(), "\n";
var_dump(biggest());
try {
    report(new Geometry());
} catch (TypeError $e) {
    echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
}
