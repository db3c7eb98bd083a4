<?php
// Trait properties: defaults, static properties per using class,
// compatible redeclaration and a conflicting one (fatal).
trait Config {
    public array $options = ['debug' => false];
    protected ?string $env = null;
    public static int $instances = 0;
    public static array $registry = [];
    public function __construct() {
        static::$instances++;
        self::$registry[] = static::class;
    }
    public function env(): ?string { return $this->env; }
}

class App { use Config; }
class Worker { use Config; }
class SubApp extends App {}

new App(); new App(); new Worker(); new SubApp();
echo App::$instances, " ", Worker::$instances, " ", SubApp::$instances, "\n";
print_r(App::$registry);
print_r(Worker::$registry);

$a = new App();
$a->options['debug'] = true;
$b = new App();
var_dump($a->options, $b->options, $b->env());

// redeclaring the property in the class with the same default is allowed
class Compatible {
    use Config;
    public array $options = ['debug' => false];
}
var_dump((new Compatible())->options);

// trait with a typed readonly promoted property
trait Identified {
    public function __construct(public readonly int $id) {}
}
class Entity { use Identified; }
$e = new Entity(9);
echo $e->id, "\n";
try {
    $e->id = 10;
} catch (Error $ex) {
    echo $ex->getMessage(), "\n";
}

echo "conflicting property default:\n";
if (true) {
    class Conflicting {
        use Config;
        public array $options = ['debug' => true];
    }
}
echo "not reached\n";
