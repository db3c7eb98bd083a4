<?php
// One call site over objects of several classes (the site's cache sees a new class each time):
// inherited, overridden and private methods, visibility decided by the calling scope, __call
// for methods the scope cannot see, closures bound to different scopes, and static methods
// called on an instance.
class A {
    public function who() { return "A::who"; }
    private function secret() { return "A::secret"; }
    protected function prot() { return "A::prot"; }
    public function callSecret($o) { return $o->secret(); }
    public function callProt($o) { return $o->prot(); }
    public static function stat() { return static::class . "::stat"; }
    public function __call($n, $args) { return static::class . " __call($n)"; }
}
class B extends A {
    public function who() { return "B::who"; }
    private function secret() { return "B::secret"; }
    protected function prot() { return "B::prot"; }
    public function callSecretB($o) { return $o->secret(); }
}
class C extends B {}
class D {
    public function who() { return "D::who"; }
    public function __call($n, $args) { return "D __call($n)"; }
}
$objs = [new A, new B, new C, new D, new A, new C, new B, new D];
foreach ($objs as $o) {
    echo $o->who(), " | ", $o->secret(), " | ", $o->prot(), " | ", $o->stat(), "\n";
}
$a = new A;
$b = new B;
foreach ([$a, $b, new C, $a, $b] as $o) {
    echo $a->callSecret($o), " / ", $a->callProt($o), " / ", $b->callSecretB($o), "\n";
}
$f = function ($o) { return $o->secret(); };
$inA = Closure::bind($f, null, A::class);
$inB = Closure::bind($f, null, B::class);
$out = Closure::bind($f, null, null);
foreach ([$a, $b, new C] as $o) {
    echo $inA($o), " ; ", $inB($o), " ; ", $out($o), "\n";
}
for ($i = 0; $i < 6; $i++) {
    $o = $objs[$i % 4];
    echo get_class($o), ": ", $o->who(), "\n";
}
try {
    $x = [new A, new D, 5][2];
    $x->who();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
abstract class Sh { abstract public function area(): float; public function describe() { return static::class . " " . $this->area(); } }
class Sq extends Sh { public function __construct(private float $s) {} public function area(): float { return $this->s * $this->s; } }
class Ci extends Sh { public function __construct(private float $r) {} public function area(): float { return round(3.14159 * $this->r * $this->r, 2); } }
$total = 0;
for ($i = 0; $i < 10; $i++) {
    $s = $i % 3 ? new Sq($i) : new Ci($i);
    $total += $s->area();
    echo $s->describe(), "\n";
}
echo $total, "\n";
