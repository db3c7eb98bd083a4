<?php
// Method signature compatibility: covariant returns, contravariant
// parameters, optional extra parameters. An incompatible override declared
// at run time is a fatal error.
interface Shape {}
class Square implements Shape {}

class Factory {
    public function make(Square $s): Shape { return $s; }
    public function count(int $n): int|float { return $n; }
    public function opt(int $a) { return "base $a"; }
    public function ret(): iterable { return [1]; }
}

class BetterFactory extends Factory {
    // parameter widened (contravariant), return narrowed (covariant)
    public function make(Shape $s): Square { return new Square(); }
    public function count(int|string $n): int { return (int) $n * 2; }
    // extra optional parameter
    public function opt(int $a, int $b = 10) { return "child $a $b"; }
    public function ret(): array { return [2]; }
}

$f = new BetterFactory();
echo get_class($f->make(new Square())), "\n";
var_dump($f->count("21"));
echo $f->opt(1), " / ", $f->opt(1, 2), "\n";
var_dump($f->ret());

// a child may drop parameter types entirely (mixed is contravariant)
class Loose extends Factory {
    public function opt($a, ...$rest) { return "loose " . json_encode([$a, $rest]); }
}
echo (new Loose())->opt(1, 2, 3), "\n";

// return type violations are detected at call time
class Liar extends Factory {
    public $value = 'not an array';
    public function ret(): array { return $this->value; }
}
try {
    var_dump((new Liar())->ret());
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

echo "declaring an incompatible override\n";
if (true) {
    class Broken extends Factory {
        public function opt(string $a, $b) { return "broken"; }
    }
}
echo "not reached\n";
