<?php
// Untyped and typed properties, defaults, uninitialized typed properties.
class Point {
    public $x = 0;
    public $y;
    public int $z = 5;
    public ?string $label = null;
    public int $noDefault;
    public array $tags = ['a', 'b'];
    public float $ratio = 1.5;
    public bool $flag = false;
}

$p = new Point();
var_dump($p->x, $p->y, $p->z, $p->label, $p->tags, $p->ratio, $p->flag);
var_dump($p);
print_r($p);
echo "\n";

try {
    echo $p->noDefault, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(isset($p->noDefault));
$p->noDefault = 42;
var_dump(isset($p->noDefault), $p->noDefault);

$p->x = "changed";
$p->y = [1, 2];
$p->tags[] = 'c';
$p->z++;
$p->z += 10;
var_dump($p->x, $p->y, $p->tags, $p->z);

// Each instance has its own property table.
$q = new Point();
var_dump($q->tags, $q->z);

// unset a typed property makes it uninitialized again
unset($p->z);
try {
    var_dump($p->z);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$p->z = 1;
var_dump($p->z);

// unset an untyped property: reading gives a warning
unset($q->x);
var_dump($q->x);
var_dump(get_object_vars($q));
