<?php
declare(strict_types=1);

namespace App\Support\Traits;

/**
 * Methods added at run time: closures bound to $this for instance calls, to the class scope
 * for static calls.
 */
trait Macroable
{
    /** @var array<string, array<string, \Closure>> */
    protected static array $macros = [];

    public static function macro(string $name, \Closure $macro): void
    {
        static::$macros[static::class][$name] = $macro;
    }

    public static function hasMacro(string $name): bool
    {
        return isset(static::$macros[static::class][$name]);
    }

    /** @return list<string> */
    public static function macroNames(): array
    {
        return array_keys(static::$macros[static::class] ?? []);
    }

    public function __call(string $method, array $parameters): mixed
    {
        $macro = static::$macros[static::class][$method]
            ?? throw new \BadMethodCallException(sprintf('Method %s::%s does not exist.', static::class, $method));
        return $macro->bindTo($this, static::class)(...$parameters);
    }

    public static function __callStatic(string $method, array $parameters): mixed
    {
        $macro = static::$macros[static::class][$method]
            ?? throw new \BadMethodCallException(sprintf('Static method %s::%s does not exist.', static::class, $method));
        return \Closure::bind($macro, null, static::class)(...$parameters);
    }
}
