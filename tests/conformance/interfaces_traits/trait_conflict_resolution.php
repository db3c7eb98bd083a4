<?php
// Resolving trait method conflicts with insteadof and aliases.
trait Hello {
    public function say() { return 'Hello'; }
    public function both() { return 'Hello::both'; }
}
trait World {
    public function say() { return 'World'; }
    public function both() { return 'World::both'; }
}
trait Shout {
    public function say() { return 'HEY'; }
}

class Greeter {
    use Hello, World {
        Hello::say insteadof World;
        World::say as sayWorld;
        World::both insteadof Hello;
        Hello::both as helloBoth;
    }
    public function all() {
        return [$this->say(), $this->sayWorld(), $this->both(), $this->helloBoth()];
    }
}
print_r((new Greeter())->all());

// three-way conflict
class Loud {
    use Hello, World, Shout {
        Shout::say insteadof Hello, World;
        Hello::say as protected quiet;
        World::both insteadof Hello;
    }
    public function test() { return $this->say() . ' / ' . $this->quiet() . ' / ' . $this->both(); }
}
echo (new Loud())->test(), "\n";
try {
    (new Loud())->quiet();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

// an alias without a conflict keeps the original name too
class Aliased {
    use Shout { say as yell; }
}
$a = new Aliased();
echo $a->say(), " ", $a->yell(), "\n";
print_r(get_class_methods($a));

$rc = new ReflectionClass('Greeter');
print_r($rc->getTraitAliases());
print_r($rc->getTraitNames());
$m = new ReflectionMethod('Greeter', 'sayWorld');
echo $m->getName(), " declared in ", $m->getDeclaringClass()->getName(), "\n";
echo (new ReflectionMethod('Loud', 'quiet'))->isProtected() ? "quiet is protected\n" : "quiet is public\n";
