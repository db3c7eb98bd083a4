<?php
declare(strict_types=1);

namespace App\Template\Extension;

use App\Domain\Currency;
use App\Domain\Money;
use App\Support\Str;
use App\Template\Attribute\AsFilter;
use App\Template\Environment;

final class CoreFilters
{
    public function __construct(private readonly Currency $currency = Currency::DEFAULT)
    {
    }

    #[AsFilter('length')]
    public function length(mixed $value): int
    {
        return match (true) {
            is_string($value) => strlen($value),
            is_countable($value) => count($value),
            $value instanceof \Traversable => iterator_count($value),
            default => 0,
        };
    }

    #[AsFilter('join')]
    public function join(iterable $values, string $glue = ', '): string
    {
        $parts = [];
        foreach ($values as $value) {
            $parts[] = Environment::stringify($value);
        }
        return implode($glue, $parts);
    }

    #[AsFilter('default')]
    public function default(mixed $value, mixed $fallback = ''): mixed
    {
        return $value === null || $value === '' || $value === [] ? $fallback : $value;
    }

    #[AsFilter('pad')]
    public function pad(mixed $value, int $width, string $align = 'left'): string
    {
        return Str::pad(Environment::stringify($value), $width, $align);
    }

    #[AsFilter('money')]
    public function money(Money|int $value, ?string $currency = null): string
    {
        if ($value instanceof Money) {
            return $value->format();
        }
        return ($currency === null ? $this->currency : Currency::from($currency))->format($value);
    }

    #[AsFilter('json', needsEnvironment: true)]
    public function json(Environment $env, mixed $value): string
    {
        return json_encode($value, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    }

    #[AsFilter('escape')]
    #[AsFilter('e')]
    public function escape(mixed $value): string
    {
        return htmlspecialchars(Environment::stringify($value), ENT_QUOTES | ENT_HTML5);
    }

    #[AsFilter('keys')]
    public function keys(array $value): array
    {
        return array_keys($value);
    }

    #[AsFilter('first')]
    public function first(iterable $values): mixed
    {
        foreach ($values as $value) {
            return $value;
        }
        return null;
    }

    #[AsFilter('sum')]
    public function sum(iterable $values): int|float
    {
        $total = 0;
        foreach ($values as $value) {
            $total += $value;
        }
        return $total;
    }

    #[AsFilter('format')]
    public function format(string $format, mixed ...$args): string
    {
        return sprintf($format, ...$args);
    }

    #[AsFilter('truncate')]
    public function truncate(string $value, int $length = 20): string
    {
        return Str::truncate($value, $length);
    }

    #[AsFilter('sort')]
    public function sort(array $values): array
    {
        sort($values);
        return $values;
    }

    #[AsFilter('label')]
    public function label(\UnitEnum $case): string
    {
        return $case instanceof \App\Contract\HasLabel ? $case->label() : $case->name;
    }

    /** Not a filter: no attribute. */
    public function currency(): Currency
    {
        return $this->currency;
    }
}
