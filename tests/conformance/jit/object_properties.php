<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=2
// Compiled loops read, assign and increment declared properties of objects ($this's too), at the
// offsets libphp's cache holds for the object's class. Where compiled code cannot (another class,
// a typed property that would coerce or reject the value, readonly, a reference, an unset or
// magic property, an overflow) the interpreter does it, with php's results, warnings and errors.
class Counter {
    public $n = 0;
    public $total = 0.0;
    public int $typed = 0;
    public float $ratio = 0.0;
    public ?int $maybe = null;
    public $items = [];
    public $child = null;
    public readonly int $fixed;
    public function __construct() { $this->fixed = 7; }
    public function run($k) {
        for ($i = 0; $i < $k; $i++) {
            $this->n++;
            $this->total += 0.5;
            $this->typed = $this->typed + 2;
            $this->maybe = $i;
        }
        return $this->n;
    }
    public function sum_items() {
        $s = 0;
        for ($i = 0; $i < count($this->items); $i++) {
            $s += $this->items[$i];
        }
        return $s;
    }
    public function depth() {
        $d = 0;
        for ($i = 0; $i < 10; $i++) {
            $d += $this->child->n;
        }
        return $d;
    }
}
class Other { public $n = 100; }
class Magic {
    private $data = ['n' => 1];
    public function __get($name) { echo "__get($name)\n"; return $this->data[$name]; }
    public function __set($name, $v) { echo "__set($name)\n"; $this->data[$name] = $v; }
}

$c = new Counter();
echo $c->run(10), " ", $c->total, " ", $c->typed, " ", $c->maybe, "\n";
echo $c->run(5), " ", $c->total, " ", $c->typed, "\n";
$c->items = [1, 2, 3, 4, 5];
echo $c->sum_items(), "\n";
$c->child = new Counter();
$c->child->n = 3;
echo $c->depth(), "\n";
$c->child = new Other();
echo $c->depth(), "\n";

// A CV object; objects of two classes in turn.
$objs = [new Counter(), new Other(), new Counter()];
foreach ($objs as $o) {
    for ($i = 0; $i < 5; $i++) {
        $o->n = $o->n + $i;
    }
    echo get_class($o), " ", $o->n, "\n";
}

// A typed float property given ints (coerced), an int property at its end (overflow is an error
// for a typed property, a float for an untyped one).
$c = new Counter();
for ($i = 0; $i < 5; $i++) {
    $c->ratio = $i;
}
var_dump($c->ratio);
$c->typed = PHP_INT_MAX - 3;
try {
    for ($i = 0; $i < 6; $i++) {
        $c->typed++;
    }
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($c->typed);
$c->n = PHP_INT_MAX - 3;
for ($i = 0; $i < 6; $i++) {
    $c->n++;
}
var_dump($c->n);

// A typed property given a value it rejects; a readonly property.
try {
    for ($i = 0; $i < 5; $i++) {
        $c->typed = $i < 3 ? $i : 1.5;
    }
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    for ($i = 0; $i < 5; $i++) {
        $c->fixed = $i;
    }
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// A property that becomes a reference, one that becomes a string, one unset (then __get).
$d = new Counter();
$r = &$d->n;
for ($i = 0; $i < 5; $i++) {
    $d->n = $d->n + 1;
}
echo $d->n, " ", $r, "\n";
unset($r);
$e = new Counter();
for ($i = 0; $i < 6; $i++) {
    if ($i == 3) {
        $e->n = "x";
    }
    $e->total = $e->n;
}
var_dump($e->total);
$m = new Magic();
for ($i = 0; $i < 3; $i++) {
    $m->n = $i;
}
echo $m->n, "\n";
$u = new Other();
unset($u->n);
for ($i = 0; $i < 3; $i++) {
    $v = @$u->n;
}
var_dump($v);
// Compound assignments: a typed float property += ints, a typed int property += a float (a float
// it cannot hold: the interpreter coerces it, with php's deprecation), an int one to overflow.
$c = new Counter();
for ($i = 0; $i < 4; $i++) {
    $c->ratio += $i;
    $c->n -= 2;
    $c->total *= 1.5;
}
var_dump($c->ratio, $c->n, $c->total);
try {
    for ($i = 0; $i < 4; $i++) {
        $c->typed += $i < 2 ? 1 : 0.5;
    }
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($c->typed);
$c->typed = PHP_INT_MAX - 1;
try {
    for ($i = 0; $i < 4; $i++) {
        $c->typed += 1;
    }
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$c->n = PHP_INT_MAX - 1;
for ($i = 0; $i < 4; $i++) {
    $c->n += 1;
}
var_dump($c->typed, $c->n);
