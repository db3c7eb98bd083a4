<?php
// Trait methods and properties, $this, magic constants inside traits.
trait Greets {
    public string $greeting = 'Hello';
    public function greet(string $who): string {
        return "{$this->greeting}, $who from " . $this->name();
    }
    public function where(): array {
        return [__TRAIT__, __CLASS__, self::class, static::class, __FUNCTION__, __METHOD__];
    }
}
trait Counts {
    private int $count = 0;
    public function inc(): static { $this->count++; return $this; }
    public function total(): int { return $this->count; }
}

class Person {
    use Greets, Counts;
    public function __construct(private string $n) {}
    public function name(): string { return $this->n; }
}
class Robot {
    use Greets;
    public string $greeting = 'Hello';   // same definition: compatible
    public function name(): string { return 'robot'; }
}
class Employee extends Person {}

$p = new Person('Ann');
echo $p->greet('Bob'), "\n";
echo $p->inc()->inc()->inc()->total(), "\n";
print_r($p->where());
print_r((new Employee('E'))->where());
echo (new Robot())->greet('you'), "\n";
print_r((new Robot())->where());
var_dump($p);

print_r(class_uses($p));
print_r(class_uses('Employee'));
var_dump(trait_exists('Greets'), class_exists('Greets'), $p instanceof Person);
var_dump(method_exists('Person', 'greet'), property_exists('Person', 'count'));
print_r(get_class_methods('Person'));

try {
    $t = new Greets();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
