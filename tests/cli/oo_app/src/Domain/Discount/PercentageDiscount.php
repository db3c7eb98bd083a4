<?php
declare(strict_types=1);

namespace App\Domain\Discount;

use App\Domain\Invoice;
use App\Domain\Money;

class PercentageDiscount extends AbstractDiscount
{
    public const LABEL = 'percentage';

    public function __construct(protected readonly int $percent)
    {
    }

    protected function compute(Invoice $invoice): Money
    {
        return $invoice->subtotal()->percentage($this->percent);
    }

    public function name(): string
    {
        return parent::name() . ' ' . $this->percent . '%';
    }
}
