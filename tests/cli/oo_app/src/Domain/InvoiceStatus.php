<?php
declare(strict_types=1);

namespace App\Domain;

use App\Contract\HasLabel;

enum InvoiceStatus implements HasLabel
{
    case Draft;
    case Issued;
    case Paid;
    case Cancelled;

    public const INITIAL = self::Draft;

    /** @return list<self> */
    public function transitions(): array
    {
        return match ($this) {
            self::Draft => [self::Issued, self::Cancelled],
            self::Issued => [self::Paid, self::Cancelled],
            self::Paid, self::Cancelled => [],
        };
    }

    public function canTransitionTo(self $to): bool
    {
        return in_array($to, $this->transitions(), true);
    }

    public function isFinal(): bool
    {
        return $this->transitions() === [];
    }

    public function label(): string
    {
        return strtoupper($this->name);
    }

    /** @return list<self> */
    public static function open(): array
    {
        return array_values(array_filter(self::cases(), static fn (self $s): bool => !$s->isFinal()));
    }
}
