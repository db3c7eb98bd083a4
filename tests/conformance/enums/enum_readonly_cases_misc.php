<?php
// Enum cases: cases() order with interleaved constants and methods,
// readonly name/value (references, increments, unset, array writes),
// methods visible on enums, interface constants, static methods,
// enum instances in WeakMap/SplObjectStorage/spl_object_id stability,
// and closures bound to enum cases.
interface HasLabel {
    const PREFIX = 'lbl:';
    public function label(): string;
}
enum Planet: int implements HasLabel {
    case Mercury = 1;
    const FIRST = self::Mercury;
    case Venus = 2;
    public function label(): string { return self::PREFIX . strtolower($this->name); }
    case Earth = 3;
    public static function biggest(): self { return self::Earth; }
    case Mars = 4;
    private function hidden(): string { return "hidden {$this->name}"; }
    public function exposeHidden(): Closure { return $this->hidden(...); }
}
enum Empty_ {}

echo "-- cases() order\n";
echo implode(',', array_map(fn($c) => $c->name . '=' . $c->value, Planet::cases())), "\n";
var_dump(Empty_::cases());
var_dump(Planet::FIRST === Planet::cases()[0]);
echo Planet::Venus->label(), " ", Planet::biggest()->name, "\n";
echo Planet::Mars->exposeHidden()(), "\n";

echo "-- readonly properties\n";
$attempts = [
    'assign name' => function () { $p = Planet::Earth; $p->name = 'Terra'; },
    'assign value' => function () { $p = Planet::Earth; $p->value = 9; },
    'increment value' => function () { $p = Planet::Earth; $p->value++; },
    'compound on value' => function () { $p = Planet::Earth; $p->value += 1; },
    'reference to name' => function () { $p = Planet::Earth; $r = &$p->name; $r = 'x'; },
    'unset name' => function () { $p = Planet::Earth; unset($p->name); },
    'array write on name' => function () { $p = Planet::Earth; $p->name[0] = 'e'; },
    'undefined property read' => function () { return Planet::Earth->mass; },
    'dynamic property' => function () { $p = Planet::Earth; $p->mass = 5; },
    'isset name/value/other' => function () { $p = Planet::Earth; return [isset($p->name), isset($p->value), isset($p->other)]; },
    'by-ref foreach on enum' => function () { foreach (Planet::Earth as $k => &$v) { $v = 1; } },
    'foreach by value' => function () { $out = []; foreach (Planet::Earth as $k => $v) { $out[$k] = $v; } return $out; },
    'get_object_vars' => fn() => get_object_vars(Planet::Venus),
    '(array) cast' => fn() => (array) Planet::Venus,
    'property_exists' => fn() => [property_exists(Planet::Venus, 'value'), property_exists(Planet::class, 'name'), property_exists(Empty_::class, 'value')],
];
foreach ($attempts as $label => $fn) {
    try {
        $r = $fn();
        echo "$label: ok ", json_encode($r), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

echo "-- identity\n";
var_dump(spl_object_id(Planet::Earth) === spl_object_id(Planet::from(3)));
var_dump(Planet::tryFrom(3) === Planet::biggest());
$store = new SplObjectStorage();
$store[Planet::Earth] = 'home';
$store[Planet::from(3)] = 'home again';
echo count($store), " ", $store[Planet::Earth], "\n";
$ids = array_unique(array_map('spl_object_id', [Planet::Mars, Planet::Mars, constant('Planet::Mars')]));
echo count($ids), "\n";

echo "-- reflection-ish introspection\n";
print_r(get_class_methods(Planet::class));
print_r(class_implements(Planet::Mars));
var_dump(Planet::Mars instanceof UnitEnum, Planet::Mars instanceof BackedEnum, Empty_::class);
var_dump(enum_exists('Planet'), enum_exists('HasLabel'), class_exists('Planet'));
var_dump((new ReflectionClass(Planet::class))->isFinal());

echo "-- closure bound to case\n";
$f = function () { return $this->name . '/' . $this->value; };
echo Closure::bind($f, Planet::Venus, Planet::class)(), "\n";
echo $f->call(Planet::Mercury), "\n";
