<?php
// Calling methods that do not exist (no __call/__callStatic): instance and
// static calls, calls on null and on scalars, non-static methods called
// statically, parent:: without a parent method, and finally an uncaught
// "Call to undefined method" from inside a method (exit status 255).
class Repo {
    public function find(int $id): string { return "row $id"; }
    public static function make(): static { return new static(); }
    public function broken(): string { return $this->fnid(1); }
}
class SubRepo extends Repo {
    public function save(): string { return parent::save(); }
}

function attempt(string $label, callable $f): void {
    try {
        $r = $f();
        echo "$label: ", var_export($r, true), "\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$r = Repo::make();
attempt('defined', fn() => $r->find(1));
attempt('undefined instance', fn() => $r->findAll());
attempt('undefined static', fn() => Repo::findAll());
attempt('non-static called statically', fn() => Repo::find(1));
attempt('on null', function () { $x = null; return $x->find(1); });
attempt('on int', function () { $x = 3; return $x->find(1); });
attempt('on array', function () { $x = []; return $x->find(1); });
attempt('nullsafe on null', function () { $x = null; return $x?->find(1); });
attempt('parent:: undefined', fn() => (new SubRepo())->save());
attempt('dynamic name', function () use ($r) { $m = 'nope'; return $r->$m(); });
attempt('callable string', fn() => call_user_func('Repo::nope'));
attempt('undefined class static', fn() => Nope::make());
attempt('is_callable', fn() => [is_callable([$r, 'findAll']), is_callable('Repo::make')]);

echo $r->broken(), "\n";
echo "not reached\n";
