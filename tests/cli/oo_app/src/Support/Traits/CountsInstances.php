<?php
declare(strict_types=1);

namespace App\Support\Traits;

/**
 * Per-class instance counters kept in static properties of the using class.
 */
trait CountsInstances
{
    private static int $instancesCreated = 0;

    /** @var array<string, int> */
    private static array $instancesByClass = [];

    abstract public static function kind(): string;

    protected function countInstance(): void
    {
        self::$instancesCreated++;
        self::$instancesByClass[static::class] = (self::$instancesByClass[static::class] ?? 0) + 1;
    }

    public static function instancesCreated(): int
    {
        return self::$instancesCreated;
    }

    public static function instanceSummary(): string
    {
        return sprintf('%d %s(s) created', self::$instancesCreated, static::kind());
    }
}
