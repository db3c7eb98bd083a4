<?php
// Things enums do not allow: new, clone, dynamic properties, comparisons
// by ordering, use as array keys.
enum Color: string {
    case Red = 'r';
    case Green = 'g';
    const FAVOURITE = self::Green;
}

$attempts = [
    'new' => fn() => new Color(),
    'clone' => fn() => clone Color::Red,
    'dynamic property' => function () { $c = Color::Red; $c->extra = 1; },
    'modify name' => function () { $c = Color::Red; $c->name = 'Blue'; },
    'unset value' => function () { $c = Color::Red; unset($c->value); },
    'array key' => fn() => [Color::Red => 1],
    'array key assign' => function () { $a = []; $a[Color::Green] = 1; },
    'string cast' => fn() => (string) Color::Red,
    'int cast' => fn() => (int) Color::Red,
    'arithmetic' => fn() => Color::Red + 1,
    'reflection instantiate' => fn() => (new ReflectionClass(Color::class))->newInstanceWithoutConstructor(),
    'unknown case via constant()' => fn() => constant('Color::Blue'),
    'cases on instance' => fn() => count(Color::Red->cases()),
    'from on instance' => fn() => Color::Red::from('g'),
];
foreach ($attempts as $label => $fn) {
    try {
        $r = $fn();
        echo "$label: ok ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

// ordering comparisons between enum cases are always false
var_dump(Color::Red < Color::Green, Color::Red > Color::Green, Color::Red <=> Color::Green, Color::Red <=> Color::Red);
// enums are objects: sorting uses identity-free comparisons, so keep stable order
$list = [Color::Green, Color::Red, Color::Green];
var_dump(array_map(fn($c) => $c->name, array_values(array_filter($list, fn($c) => $c === Color::Green))));
var_dump(Color::FAVOURITE);

// declaring an enum with a property is a compile error (fatal), via eval
echo "declaring an enum with a property\n";
eval('enum Bad { case A; public $x; }');
echo "not reached\n";
