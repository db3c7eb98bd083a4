<?php
// PHP 8.2 constants in traits, class_uses, trait_exists, and traits in
// combination with interfaces.
trait Versioned {
    public const VERSION = '2.1';
    final public const CHANNEL = 'stable';
    protected const INTERNAL = 7;
    public function version(): string { return self::VERSION . '-' . static::CHANNEL . '-' . self::INTERNAL; }
}

interface Describes { public function describe(): string; }

trait DescribesTrait {
    public function describe(): string { return static::class . ' ' . $this->version(); }
}

class Package implements Describes {
    use Versioned, DescribesTrait;
}
class SubPackage extends Package {
    const VERSION = '3.0';
}

echo Package::VERSION, " ", Package::CHANNEL, "\n";
echo (new Package())->version(), "\n";
echo (new SubPackage())->describe(), "\n";
echo SubPackage::VERSION, "\n";
var_dump((new Package()) instanceof Describes);
print_r((new ReflectionClass('Package'))->getConstants());

// constants cannot be accessed through the trait name
try {
    echo Versioned::VERSION, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(trait_exists('Versioned'), trait_exists('Package'), trait_exists('versioned'));
var_dump(defined('Package::VERSION'), constant('Package::CHANNEL'));
$rc = new ReflectionClass('Versioned');
var_dump($rc->isTrait(), $rc->isInstantiable());
print_r(array_keys($rc->getConstants()));

// same constant defined compatibly by class and trait
class Compatible {
    use Versioned;
    public const VERSION = '2.1';
}
echo Compatible::VERSION, "\n";
echo "incompatible constant:\n";
if (true) {
    class Incompatible {
        use Versioned;
        public const VERSION = '9.9';
    }
}
echo "not reached\n";
