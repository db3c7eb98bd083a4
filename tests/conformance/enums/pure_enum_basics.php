<?php
// Pure enums: cases(), name, identity, comparisons and dumping.
enum Suit {
    case Hearts;
    case Diamonds;
    case Clubs;
    case Spades;
}

var_dump(Suit::Hearts);
var_dump(Suit::cases());
print_r(Suit::Spades);
echo "\n";
print_r(Suit::cases());
echo Suit::Clubs->name, "\n";
var_dump(Suit::Hearts === Suit::Hearts, Suit::Hearts == Suit::Hearts, Suit::Hearts === Suit::Spades);
var_dump(Suit::Hearts == Suit::Spades, Suit::Hearts != Suit::Clubs);
var_dump(Suit::Hearts < Suit::Spades, Suit::Hearts > Suit::Spades);
var_dump(Suit::Hearts instanceof Suit, Suit::Hearts instanceof UnitEnum, Suit::Hearts instanceof BackedEnum);
var_dump(gettype(Suit::Hearts), get_class(Suit::Hearts), get_debug_type(Suit::Clubs));
var_dump(is_object(Suit::Diamonds), (bool) Suit::Diamonds);

$a = Suit::Hearts;
$b = Suit::Hearts;
var_dump($a === $b);
$name = 'Clubs';
var_dump(constant("Suit::$name"), constant(Suit::class . '::Spades') === Suit::Spades);
var_dump(defined('Suit::Hearts'), defined('Suit::Joker'));

foreach (Suit::cases() as $i => $case) {
    echo $i, ": ", $case->name, "\n";
}
var_dump(Suit::Hearts == 'Hearts', Suit::Hearts == 0, Suit::Hearts == true);
var_dump(count(Suit::cases()), array_map(fn(Suit $s) => $s->name, Suit::cases()));
var_dump(isset(Suit::Hearts->name), isset(Suit::Hearts->value));

try {
    echo Suit::Hearts->value, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo Suit::Joker->name, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo "Suit: " . Suit::Hearts, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
