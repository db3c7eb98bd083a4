<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Support\Str;

abstract class AbstractNode implements Node
{
    private static int $created = 0;

    public function __construct(protected readonly int $lineno)
    {
        self::$created++;
    }

    public static function created(): int
    {
        return self::$created;
    }

    public function line(): int
    {
        return $this->lineno;
    }

    public function children(): iterable
    {
        return [];
    }

    public function label(): string
    {
        return Str::shortClass(static::class) . '@' . $this->lineno;
    }
}
