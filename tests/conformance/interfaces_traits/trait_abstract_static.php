<?php
// Abstract and static members of traits.
trait Validates {
    abstract protected function rules(): array;
    abstract public static function kind(): string;

    public function validate(array $data): array {
        $errors = [];
        foreach ($this->rules() as $field => $rule) {
            $value = $data[$field] ?? null;
            $ok = match ($rule) {
                'required' => $value !== null && $value !== '',
                'int' => is_int($value),
                'email' => is_string($value) && str_contains($value, '@'),
            };
            if (!$ok) $errors[] = static::kind() . ".$field failed $rule";
        }
        return $errors;
    }

    public static function make(): static { return new static(); }
    public static function describe(): string { return self::class . '/' . static::class . '/' . static::kind(); }
}

class UserForm {
    use Validates;
    protected function rules(): array { return ['name' => 'required', 'age' => 'int', 'mail' => 'email']; }
    public static function kind(): string { return 'user'; }
}
class AdminForm extends UserForm {
    public static function kind(): string { return 'admin'; }
}

print_r(UserForm::make()->validate(['name' => 'x', 'age' => 3, 'mail' => 'a@b']));
print_r(UserForm::make()->validate(['name' => '', 'age' => '3']));
print_r(AdminForm::make()->validate([]));
echo UserForm::describe(), "\n", AdminForm::describe(), "\n";
echo get_class(AdminForm::make()), "\n";

// calling a static trait method directly is deprecated in 8.1+
trait Util {
    public static function twice(int $x): int { return $x * 2; }
    public static $cache = 'trait static';
}
echo Util::twice(21), "\n";
echo Util::$cache, "\n";

// abstract trait method signature is enforced
$rm = new ReflectionMethod('UserForm', 'rules');
var_dump($rm->isAbstract(), $rm->isProtected());
echo "incompatible implementation of an abstract trait method:\n";
if (true) {
    class BadForm {
        use Validates;
        protected function rules(): string { return ''; }
        public static function kind(): string { return 'bad'; }
    }
}
echo "not reached\n";
