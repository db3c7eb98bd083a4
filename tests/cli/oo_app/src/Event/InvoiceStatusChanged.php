<?php
declare(strict_types=1);

namespace App\Event;

use App\Domain\Invoice;
use App\Domain\InvoiceStatus;

final class InvoiceStatusChanged extends AbstractEvent
{
    public function __construct(
        public readonly Invoice $invoice,
        public readonly InvoiceStatus $from,
        public readonly InvoiceStatus $to,
    ) {
    }

    public function eventName(): string
    {
        return parent::eventName() . ':' . strtolower($this->from->name) . '->' . strtolower($this->to->name);
    }
}
