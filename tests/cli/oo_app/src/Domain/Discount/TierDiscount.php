<?php
declare(strict_types=1);

namespace App\Domain\Discount;

use App\Domain\Invoice;
use App\Domain\Money;

final class TierDiscount extends PercentageDiscount
{
    public const LABEL = 'loyalty';
    public const MAX_PERCENT = 10;

    public function __construct()
    {
        parent::__construct(0);
    }

    protected function compute(Invoice $invoice): Money
    {
        return $invoice->subtotal()->percentage($invoice->customer->tier->discountPercent());
    }

    public function name(): string
    {
        return self::LABEL . ' (' . $this->percent . '% base, capped at ' . static::MAX_PERCENT . '%)';
    }
}
