<?php
declare(strict_types=1);

namespace App\Domain;

use App\Container\Attribute\ConfigValue;
use App\Container\Attribute\Singleton;

#[Singleton]
final class NumberGenerator
{
    private int $next;

    public function __construct(
        #[ConfigValue('invoice.prefix', 'INV')] private readonly string $prefix,
        #[ConfigValue('invoice.start')] int $start = 1,
        #[ConfigValue('invoice.width', 4)] private readonly int $width = 4,
    ) {
        $this->next = $start;
    }

    public function next(): string
    {
        return sprintf('%s-%s', $this->prefix, str_pad((string) $this->next++, $this->width, '0', STR_PAD_LEFT));
    }

    public function peek(): int
    {
        return $this->next;
    }
}
