<?php
declare(strict_types=1);

namespace App\Domain\Discount;

use App\Domain\Invoice;
use App\Domain\Money;

final class VolumeDiscount extends AbstractDiscount
{
    public const LABEL = 'volume';

    /** @param array<int, int> $tiers minimum quantity => amount off in minor units */
    public function __construct(private readonly array $tiers)
    {
    }

    protected function compute(Invoice $invoice): Money
    {
        $quantity = $invoice->quantity();
        $best = 0;
        foreach ($this->tiers as $minimum => $off) {
            if ($quantity >= $minimum) {
                $best = max($best, $off);
            }
        }
        return new Money($best, $invoice->currency);
    }

    public function name(): string
    {
        return sprintf('%s (%d item(s))', static::LABEL, count($this->tiers));
    }
}
