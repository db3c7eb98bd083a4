<?php
// Constructor property promotion with visibility, defaults, types, readonly.
class Product {
    public int $stock = 0;
    public function __construct(
        public string $name,
        protected float $price = 9.99,
        private array $tags = [],
        public readonly ?string $sku = null,
        int $initialStock = 3,
        public bool $active = true,
    ) {
        $this->stock = $initialStock * 2;
    }
    public function price(): float { return $this->price; }
    public function tags(): array { return $this->tags; }
}

$p = new Product('pen');
var_dump($p);
$q = new Product('book', 12.5, ['paper'], 'B-1', 1, false);
print_r($q);
echo "\n";
echo $q->price(), " ", implode(',', $q->tags()), " ", $q->sku, "\n";

// named arguments
$r = new Product(name: 'cup', initialStock: 10, sku: 'C-9');
var_dump($r->name, $r->stock, $r->sku, $r->price());

// coercion in promoted parameters
$s = new Product('7', "3", [], null, "4");
var_dump($s->name, $s->price(), $s->stock);

try {
    new Product([]);
} catch (TypeError $e) {
    echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
}
try {
    new Product();
} catch (ArgumentCountError $e) {
    echo preg_replace('/ in .* on line \d+/', '', $e->getMessage()), "\n";
}
try {
    new Product(name: 'x', colour: 'red');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

// promoted by-reference parameter
class Binder {
    public function __construct(public array &$target) {}
}
$arr = [1];
$b = new Binder($arr);
$b->target[] = 2;
$arr[] = 3;
var_dump($arr, $b->target);

$params = (new ReflectionMethod('Product', '__construct'))->getParameters();
foreach ($params as $param) {
    echo $param->getName(), " promoted=", var_export($param->isPromoted(), true), "\n";
}
