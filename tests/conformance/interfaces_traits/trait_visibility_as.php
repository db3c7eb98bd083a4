<?php
// Changing visibility with `as` (with and without an alias).
trait Secrets {
    public function reveal() { return 'revealed by ' . static::class; }
    private function hidden() { return 'hidden'; }
    protected function guarded() { return 'guarded'; }
}

class Tight {
    use Secrets {
        reveal as private;                 // same name, now private
        reveal as public publicReveal;     // public alias
        hidden as public exposed;          // private method exposed under a new name
    }
    public function inner() { return $this->reveal() . ' | ' . $this->hidden() . ' | ' . $this->guarded(); }
}

class Loose {
    use Secrets {
        guarded as public;                 // widen visibility
    }
}

$t = new Tight();
echo $t->inner(), "\n";
echo $t->publicReveal(), "\n";
echo $t->exposed(), "\n";
foreach (['reveal', 'hidden', 'guarded'] as $m) {
    try {
        echo $t->$m(), "\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
echo (new Loose())->guarded(), "\n";
try {
    (new Loose())->hidden();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

foreach (['Tight', 'Loose'] as $class) {
    $rc = new ReflectionClass($class);
    $methods = $rc->getMethods();
    usort($methods, fn($a, $b) => strcmp($a->getName(), $b->getName()));
    foreach ($methods as $m) {
        $vis = $m->isPublic() ? 'public' : ($m->isProtected() ? 'protected' : 'private');
        echo "$class::", $m->getName(), " $vis\n";
    }
}
var_dump(is_callable([$t, 'reveal']), is_callable([$t, 'publicReveal']), method_exists($t, 'reveal'));

// subclass of Tight cannot call the private alias target
class SubTight extends Tight {
    public function attempt() { return $this->reveal(); }
}
try {
    echo (new SubTight())->attempt(), "\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
