<?php
// Objects: method calls, property reads/writes, static calls, new, interfaces, inheritance.
interface Shape
{
    public function area(): float;
}

abstract class Base implements Shape
{
    protected static int $created = 0;
    public string $name;

    public function __construct(string $name)
    {
        $this->name = $name;
        static::$created++;
    }

    public static function created(): int
    {
        return static::$created;
    }

    abstract public function area(): float;

    public function describe(): string
    {
        return $this->name . ':' . (int) $this->area();
    }
}

class Rect extends Base
{
    public function __construct(public float $w, public float $h)
    {
        parent::__construct('rect');
    }

    public function area(): float
    {
        return $this->w * $this->h;
    }

    public function scale(float $f): static
    {
        $this->w *= $f;
        $this->h *= $f;
        return $this;
    }
}

class Circle extends Base
{
    public function __construct(public float $r)
    {
        parent::__construct('circle');
    }

    public function area(): float
    {
        return 3.14159 * $this->r * $this->r;
    }
}

class Counter
{
    private int $count = 0;

    public function inc(): void
    {
        $this->count++;
    }

    public function get(): int
    {
        return $this->count;
    }

    public static function twice(int $x): int
    {
        return $x * 2;
    }
}

$c = new Counter();
$total = 0.0;
$len = 0;
for ($i = 0; $i < 1800000; $i++) {
    $s = ($i & 1) ? new Rect($i % 10 + 1, 2.0) : new Circle($i % 7 + 1);
    $total += $s->area();
    if ($s instanceof Rect) {
        $s->scale(0.5)->scale(2.0);
        $total += $s->w;
    }
    $len += strlen($s->describe());
    $c->inc();
    $len += Counter::twice($i & 15);
}
printf("total = %.3f, len = %d, count = %d, created = %d\n", $total, $len, $c->get(), Base::created());
