<?php
declare(strict_types=1);

namespace App\Domain\Discount;

use App\Domain\Invoice;
use App\Domain\Money;

interface DiscountPolicy
{
    /** No policy may take more than this share of the subtotal. */
    public const MAX_PERCENT = 50;

    public function discountFor(Invoice $invoice): Money;

    public function name(): string;
}
