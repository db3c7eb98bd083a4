<?php
declare(strict_types=1);

namespace App\Event;

use App\Domain\Invoice;

final class InvoiceFinalized extends AbstractEvent
{
    public const NAME = 'invoice.finalized';

    /** @var list<string> */
    public array $notes = [];

    public function __construct(public readonly Invoice $invoice)
    {
    }
}
