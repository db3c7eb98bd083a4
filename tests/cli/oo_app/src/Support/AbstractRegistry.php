<?php
declare(strict_types=1);

namespace App\Support;

/**
 * Static storage and late static binding: subclasses that redeclare $entries get their own
 * storage; subclasses that do not share the parent's.
 */
abstract class AbstractRegistry
{
    /** @var array<string, string> */
    protected static array $entries = [];

    abstract protected static function prefix(): string;

    public static function register(string $key, string $value): void
    {
        static::$entries[static::prefix() . $key] = $value;
    }

    /** @return array<string, string> */
    public static function entries(): array
    {
        return static::$entries;
    }

    public static function whoSelf(): string
    {
        return self::class;
    }

    public static function whoStatic(): string
    {
        return static::class;
    }

    public static function create(): static
    {
        return new static();
    }
}
