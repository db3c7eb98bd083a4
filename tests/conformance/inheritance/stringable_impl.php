<?php
// __toString makes a class implicitly Stringable.
class Name {
    public function __construct(private string $first, private string $last) {}
    public function __toString(): string { return "{$this->first} {$this->last}"; }
}
class Explicit implements Stringable {
    public function __toString(): string { return "explicit"; }
}
class NotStringable {}

$n = new Name('Ada', 'Lovelace');
var_dump($n instanceof Stringable, new Explicit() instanceof Stringable, new NotStringable() instanceof Stringable);
print_r(class_implements($n));
echo $n, "\n";
echo "Hello, $n!\n";
echo 'concat: ' . $n . "\n";
var_dump((string) $n, strlen($n), strtoupper($n), str_contains($n, 'Love'));
var_dump($n == 'Ada Lovelace', $n === 'Ada Lovelace', 'Ada Lovelace' == $n);
var_dump(in_array('Ada Lovelace', [$n]), in_array($n, ['Ada Lovelace']));
printf("%s|%10s|%-10.3s|\n", $n, new Explicit(), $n);
var_dump(sprintf('%d', new Explicit()));

function takesString(string $s) { return "got " . $s; }
echo takesString($n), "\n";
function takesStringable(Stringable|string $s) { return get_debug_type($s); }
echo takesStringable($n), " ", takesStringable('plain'), "\n";

$names = [new Name('Zed', 'A'), new Name('Amy', 'B'), new Name('Max', 'C')];
sort($names, SORT_STRING);
echo implode(', ', $names), "\n";
var_dump(array_map('strval', $names));
$keys = [];
$keys[(string) $names[0]] = true;
var_dump($keys);

class Thrower {
    public function __toString(): string { throw new RuntimeException("no string for you"); }
}
try {
    echo "value: " . new Thrower();
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    echo new NotStringable();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    takesString(new NotStringable());
} catch (TypeError $e) {
    echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
}
