<?php
// Backed enums: value, from(), tryFrom() and their errors.
enum Status: int {
    case Active = 1;
    case Inactive = 0;
    case Banned = -1;
}
enum Currency: string {
    case Euro = 'EUR';
    case Dollar = 'USD';
    case Empty = '';
}

var_dump(Status::Active->value, Currency::Euro->value, Currency::Empty->value);
var_dump(Status::from(0), Status::tryFrom(-1), Status::tryFrom(5));
var_dump(Currency::from('USD'), Currency::tryFrom('usd'), Currency::tryFrom(''));
var_dump(Status::Banned instanceof BackedEnum, Status::Banned instanceof UnitEnum);

$tries = [
    fn() => Status::from(7),
    fn() => Currency::from('GBP'),
    fn() => Currency::from('eur'),
    fn() => Status::from('1'),
    fn() => Status::from('1.0'),
    fn() => Status::from(1.0),
    fn() => Status::from(1.5),
    fn() => Status::from('abc'),
    fn() => Status::from(true),
    fn() => Currency::from(5),
    fn() => Status::tryFrom(null),
    fn() => Status::from(null),
    fn() => Status::tryFrom('x'),
    fn() => Status::from([]),
];
foreach ($tries as $i => $t) {
    try {
        $r = $t();
        echo "$i: ", $r === null ? 'null' : $r::class . '::' . $r->name, "\n";
    } catch (Throwable $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

// array_column / array_map over values
var_dump(array_map(fn($c) => $c->value, Currency::cases()));
var_dump(array_column(Status::cases(), 'value', 'name'));
var_dump(array_column(Status::cases(), 'name'));

// readonly value and name
try {
    $s = Status::Active;
    $s->value = 2;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
