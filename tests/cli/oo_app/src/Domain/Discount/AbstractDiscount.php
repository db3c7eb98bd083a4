<?php
declare(strict_types=1);

namespace App\Domain\Discount;

use App\Domain\Invoice;
use App\Domain\Money;

abstract class AbstractDiscount implements DiscountPolicy
{
    public const LABEL = 'discount';

    private static int $evaluations = 0;

    abstract protected function compute(Invoice $invoice): Money;

    final public function discountFor(Invoice $invoice): Money
    {
        self::$evaluations++;
        $amount = $this->compute($invoice);
        $cap = $invoice->subtotal()->percentage(static::MAX_PERCENT);
        return $amount->compare($cap) > 0 ? $cap : $amount;
    }

    public function name(): string
    {
        return static::LABEL;
    }

    public static function evaluations(): int
    {
        return self::$evaluations;
    }
}
