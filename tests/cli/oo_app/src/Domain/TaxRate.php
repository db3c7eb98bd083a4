<?php
declare(strict_types=1);

namespace App\Domain;

use App\Contract\HasLabel;

enum TaxRate: int implements HasLabel
{
    case Standard = 20;
    case Reduced = 10;
    case Zero = 0;

    public function apply(Money $net): Money
    {
        return $net->percentage($this->value);
    }

    public function label(): string
    {
        return sprintf('VAT %d%%', $this->value);
    }
}
