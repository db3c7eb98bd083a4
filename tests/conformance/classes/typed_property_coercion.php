<?php
// Typed properties coerce scalars in weak mode and throw TypeError otherwise.
class Typed {
    public int $i = 0;
    public float $f = 0.0;
    public string $s = '';
    public bool $b = false;
    public ?int $ni = null;
    public int|string $u = 0;
    public iterable $it = [];
    public mixed $m = null;
    public ?Typed $self = null;
}

$t = new Typed();
$t->i = "123";
$t->f = 7;
$t->s = 45.5;
$t->b = "yes";
$t->u = 3.0;
$t->m = new ArrayObject([]);
var_dump($t->i, $t->f, $t->s, $t->b, $t->u);

$t->u = "text";
var_dump($t->u);
$t->u = 2.5;
var_dump($t->u);
$t->ni = "7";
var_dump($t->ni);
$t->ni = null;
var_dump($t->ni);
$t->self = $t;
var_dump($t->self === $t);

$bad = [
    ['i', "abc"],
    ['i', 1.5],
    ['i', []],
    ['f', "x"],
    ['s', []],
    ['i', null],
    ['it', 5],
    ['self', new stdClass()],
];
foreach ($bad as [$prop, $value]) {
    try {
        $t->$prop = $value;
        echo "assigned $prop\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump($t->i);

// Increment past PHP_INT_MAX on an int property is an error
$t->i = PHP_INT_MAX;
try {
    $t->i++;
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($t->i);
$t->i--;
var_dump($t->i);
// int to float conversion of a large value
$t->f = PHP_INT_MAX;
var_dump($t->f);
// string property receives numeric and Stringable values
$t->s = 10;
var_dump($t->s);
$t->s = new class { public function __toString(): string { return "stringable"; } };
var_dump($t->s);
