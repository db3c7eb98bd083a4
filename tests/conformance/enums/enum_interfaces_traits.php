<?php
// Enums implementing interfaces and using traits.
interface HasColor {
    const DEFAULT = 'black';
    public function color(): string;
}
interface HasLabel { public function label(): string; }

trait Labelled {
    public function label(): string { return strtolower($this->name) . '!'; }
    public static function names(): array { return array_map(fn($c) => $c->name, self::cases()); }
}

enum Fruit: string implements HasColor, HasLabel {
    use Labelled;
    case Apple = 'a';
    case Banana = 'b';
    case Plum = 'p';
    public function color(): string {
        return match ($this) {
            self::Apple => 'red',
            self::Banana => 'yellow',
            default => self::DEFAULT,
        };
    }
}

enum Light implements HasColor {
    case On;
    case Off;
    public function color(): string { return $this === self::On ? 'white' : static::DEFAULT; }
}

function paint(HasColor $c): string { return get_class($c) . ':' . $c->color(); }
foreach ([...Fruit::cases(), ...Light::cases()] as $c) {
    echo paint($c), "\n";
}
echo Fruit::Banana->label(), "\n";
print_r(Fruit::names());
var_dump(Fruit::Apple instanceof HasColor, Light::On instanceof HasLabel);
$impl = class_implements(Fruit::Plum);
ksort($impl);
print_r($impl);
$impl = class_implements(Light::class);
ksort($impl);
print_r($impl);
print_r(class_uses(Fruit::class));
var_dump(Fruit::DEFAULT);
$methods = get_class_methods(Fruit::class);
sort($methods);
print_r($methods);
var_dump(enum_exists('Fruit'), enum_exists('HasColor'), class_exists('Fruit'), enum_exists('Labelled'));
