<?php
// Enum methods, static methods and constants (including constants that
// alias cases).
enum Planet: string {
    case Mercury = 'mercury';
    case Earth = 'earth';
    case Jupiter = 'jupiter';

    const HOME = self::Earth;
    const G = 6.674e-11;
    const INNER = [self::Mercury, self::Earth];

    public function mass(): float {
        return match ($this) {
            self::Mercury => 3.303e+23,
            self::Earth => 5.976e+24,
            self::Jupiter => 1.9e+27,
        };
    }
    public function radius(): float {
        return match ($this) {
            Planet::Mercury => 2.4397e6,
            Planet::Earth => 6.37814e6,
            Planet::Jupiter => 7.1492e7,
        };
    }
    public function surfaceGravity(): float {
        return self::G * $this->mass() / ($this->radius() ** 2);
    }
    public function isInner(): bool { return in_array($this, self::INNER, true); }
    public static function largest(): self {
        $cases = self::cases();
        usort($cases, fn($a, $b) => $b->mass() <=> $a->mass());
        return $cases[0];
    }
    public static function fromName(string $n): self { return constant("self::$n"); }
    public function label(): string { return ucfirst($this->value) . ' (' . static::class . ')'; }
}

foreach (Planet::cases() as $p) {
    printf("%-8s g=%6.2f inner=%s %s\n", $p->name, $p->surfaceGravity(), $p->isInner() ? 'y' : 'n', $p->label());
}
var_dump(Planet::HOME, Planet::HOME === Planet::Earth);
var_dump(Planet::largest());
var_dump(Planet::fromName('Mercury'));
var_dump(Planet::INNER);
echo Planet::G, "\n";

// methods callable through first-class callables and callbacks
$f = Planet::Earth->label(...);
echo $f(), "\n";
print_r(array_map(fn(Planet $p) => $p->label(), array_map([Planet::class, 'fromName'], ['Earth', 'Jupiter'])));
echo call_user_func([Planet::Jupiter, 'label']), "\n";
echo call_user_func('Planet::largest')->name, "\n";

// static method named like a case is fine; method on case object via variable
$method = 'isInner';
var_dump(Planet::Jupiter->$method());
