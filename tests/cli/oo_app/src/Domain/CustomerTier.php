<?php
declare(strict_types=1);

namespace App\Domain;

enum CustomerTier: string
{
    case Bronze = 'bronze';
    case Silver = 'silver';
    case Gold = 'gold';

    public function discountPercent(): int
    {
        return match ($this) {
            self::Bronze => 0,
            self::Silver => 5,
            self::Gold => 12,
        };
    }

    public function next(): ?self
    {
        $cases = self::cases();
        $index = array_search($this, $cases, true);
        return $cases[$index + 1] ?? null;
    }
}
