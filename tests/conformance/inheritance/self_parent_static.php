<?php
// self, parent and static in methods, new self / new static, return types.
class Model {
    protected static string $table = 'models';
    public array $log = [];

    public static function create(): static { return new static(); }
    public static function createSelf(): self { return new self(); }
    public function table(): string { return static::$table . '/' . self::$table; }
    public function who(): string { return 'Model'; }
    public function chain(): string { return $this->who() . '<' . self::class . '<' . static::class; }
    public function fluent(): static { $this->log[] = static::class; return $this; }
}

class User extends Model {
    protected static string $table = 'users';
    public function who(): string { return 'User(' . parent::who() . ')'; }
}

class Admin extends User {
    public function who(): string { return 'Admin(' . parent::who() . ')'; }
    public function explicit(): string { return Model::who(); }
}

echo get_class(Model::create()), " ", get_class(User::create()), " ", get_class(Admin::create()), "\n";
echo get_class(Admin::createSelf()), "\n";
$a = new Admin();
echo $a->table(), "\n";
echo $a->who(), "\n";
echo $a->chain(), "\n";
echo $a->explicit(), "\n";
print_r($a->fluent()->fluent()->log);

// self/static/parent inside closures
class Box {
    public function makers(): array {
        return [
            'self' => fn() => new self(),
            'static' => fn() => new static(),
            'staticName' => static fn() => static::class,
        ];
    }
}
class BigBox extends Box {}
foreach ((new BigBox())->makers() as $k => $f) {
    $r = $f();
    echo $k, ": ", is_object($r) ? get_class($r) : $r, "\n";
}

// instanceof self / static
class Cmp {
    public function sameClass(object $o): array { return [$o instanceof self, $o instanceof static]; }
}
class SubCmp extends Cmp {}
var_dump((new SubCmp())->sameClass(new Cmp()));
var_dump((new Cmp())->sameClass(new SubCmp()));

// parent:: without a parent class is a fatal compile error (not catchable),
// raised here when eval compiles the code
try {
    eval('class NoParent { function f() { return parent::x(); } }');
} catch (Error $e) {
    echo get_class($e), "\n";
}
echo "done\n";
