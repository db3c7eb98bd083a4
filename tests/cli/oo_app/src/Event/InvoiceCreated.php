<?php
declare(strict_types=1);

namespace App\Event;

use App\Domain\Invoice;

final class InvoiceCreated extends AbstractEvent
{
    public function __construct(public readonly Invoice $invoice)
    {
    }
}
