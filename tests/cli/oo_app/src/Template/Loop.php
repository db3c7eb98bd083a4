<?php
declare(strict_types=1);

namespace App\Template;

/**
 * The "loop" variable of a for tag. index0/length/parent are real properties; the rest are
 * computed through __get.
 *
 * @property-read int $index
 * @property-read bool $first
 * @property-read bool $last
 * @property-read int $revindex
 * @property-read bool $odd
 */
final class Loop
{
    private const COMPUTED = ['index', 'first', 'last', 'revindex', 'odd', 'depth'];

    public function __construct(public readonly int $index0, public readonly int $length, public readonly ?Loop $parent = null)
    {
    }

    public function __get(string $name): mixed
    {
        return match ($name) {
            'index' => $this->index0 + 1,
            'first' => $this->index0 === 0,
            'last' => $this->index0 === $this->length - 1,
            'revindex' => $this->length - $this->index0,
            'odd' => $this->index0 % 2 === 0,
            'depth' => $this->parent === null ? 1 : $this->parent->depth + 1,
            default => throw new \LogicException(sprintf('loop has no "%s"', $name)),
        };
    }

    public function __isset(string $name): bool
    {
        return in_array($name, self::COMPUTED, true);
    }
}
