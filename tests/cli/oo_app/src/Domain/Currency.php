<?php
declare(strict_types=1);

namespace App\Domain;

use App\Contract\HasLabel;
use App\Support\Str;

enum Currency: string implements HasLabel
{
    case EUR = 'EUR';
    case USD = 'USD';
    case GBP = 'GBP';
    case JPY = 'JPY';

    public const DEFAULT = self::EUR;

    public function symbol(): string
    {
        return match ($this) {
            self::EUR => 'EUR',
            self::USD => '$',
            self::GBP => 'GBP',
            self::JPY => 'JPY',
        };
    }

    public function decimals(): int
    {
        return $this === self::JPY ? 0 : 2;
    }

    public function format(int $minorUnits): string
    {
        return Str::formatCents($minorUnits, $this->decimals(), $this->symbol(), $this === self::USD);
    }

    public function label(): string
    {
        return match ($this) {
            self::EUR => 'Euro',
            self::USD => 'US Dollar',
            self::GBP => 'Pound Sterling',
            self::JPY => 'Japanese Yen',
        };
    }

    public static function fromSymbol(string $symbol): self
    {
        foreach (self::cases() as $case) {
            if ($case->symbol() === $symbol) {
                return $case;
            }
        }
        throw new \ValueError(sprintf('no currency uses the symbol "%s"', $symbol));
    }
}
