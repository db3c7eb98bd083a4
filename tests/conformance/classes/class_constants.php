<?php
// Class constants: visibility, final, expressions referring to other constants,
// inheritance and overriding, ::class.
class Base {
    const VERSION = '1.0';
    public const GREETING = 'Hello ' . self::WHO;
    const WHO = 'world';
    protected const SECRET = 's3cr3t';
    private const PRIVATE_ONE = 'p';
    final public const FIXED = 42;
    const SELF_REF = self::FIXED + 1;
    const ARR = ['v' => self::VERSION, 'n' => [1, 2, 3]];

    public static function show(): void {
        echo static::VERSION, " ", self::VERSION, " ", static::WHO, "\n";
        echo self::SECRET, " ", self::PRIVATE_ONE, "\n";
    }
}

class Child extends Base {
    const VERSION = '2.0';
    const WHO = 'child';
    const COMBINED = parent::VERSION . '->' . self::VERSION;
    public static function secret(): string {
        return parent::SECRET . '/' . static::SECRET;
    }
}

echo Base::VERSION, "\n", Base::GREETING, "\n", Child::GREETING, "\n";
echo Child::COMBINED, "\n", Child::FIXED, "\n", Base::SELF_REF, "\n";
var_dump(Base::ARR, Base::ARR['n'][2]);
Base::show();
Child::show();
echo Child::secret(), "\n";
echo Base::class, " ", Child::class, "\n";

$name = 'Child';
echo $name::VERSION, "\n";
echo constant('Child::WHO'), "\n";
$obj = new Child();
echo $obj::VERSION, "\n";
var_dump(defined('Child::VERSION'), defined('Child::NOPE'));

try {
    echo Base::SECRET, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo Child::PRIVATE_ONE, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo Base::MISSING, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo constant('Base::NOPE'), "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
