<?php
// Class-based callables: 'Class::method' strings, [object, 'method'],
// [Class, 'method'], invokable objects, callables naming parent::/self::/
// static:: (deprecated in PHP 8.2), is_callable depending on the calling
// scope, private methods as callbacks from inside the class, and
// non-static methods given as static callables.
class Math {
    public static function square(int $x): int { return $x * $x; }
    public function triple(int $x): int { return $x * 3; }
    private function secretAdd(int $x): int { return $x + 1000; }
    public function mapSecret(array $xs): array { return array_map([$this, 'secretAdd'], $xs); }
    public function canCallSecret(): bool { return is_callable([$this, 'secretAdd']); }
    public static function name(): string { return 'Math'; }
    public function __invoke(int $x): int { return -$x; }
}
class MoreMath extends Math {
    public static function name(): string { return 'MoreMath'; }
    public function callables(): array {
        return [
            call_user_func('parent::name'),
            call_user_func([$this, 'parent::name']),
            call_user_func('self::name'),
            call_user_func('static::name'),
            call_user_func([static::class, 'name']),
        ];
    }
}

$m = new Math();
print_r(array_map('Math::square', [1, 2, 3]));
print_r(array_map([$m, 'triple'], [1, 2]));
print_r(array_map(['Math', 'square'], [4]));
print_r(array_map($m, [5, 6]));
print_r($m->mapSecret([1]));
var_dump($m->canCallSecret(), is_callable([$m, 'secretAdd']));
print_r((new MoreMath())->callables());

echo "-- sorting with a static method and a bound method\n";
class Sorter {
    public function __construct(private string $key) {}
    public function cmp(array $a, array $b): int { return $a[$this->key] <=> $b[$this->key]; }
    public static function byLength(string $a, string $b): int { return strlen($a) <=> strlen($b) ?: strcmp($a, $b); }
}
$rows = [['n' => 3, 'w' => 'c'], ['n' => 1, 'w' => 'a'], ['n' => 2, 'w' => 'b']];
usort($rows, [new Sorter('n'), 'cmp']);
echo json_encode($rows), "\n";
$words = ['pear', 'fig', 'banana', 'kiwi'];
usort($words, 'Sorter::byLength');
echo implode(',', $words), "\n";

echo "-- errors\n";
foreach ([
    'non-static as static' => fn() => call_user_func('Math::triple', 2),
    'private from outside' => fn() => array_map([$m, 'secretAdd'], [1]),
    'undefined method' => fn() => call_user_func([$m, 'nope']),
    'undefined class' => fn() => call_user_func('Nope::x'),
    'object without __invoke' => fn() => array_map(new Sorter('n'), [1]),
    'array of wrong shape' => fn() => call_user_func([$m]),
] as $label => $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
