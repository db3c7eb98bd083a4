<?php
declare(strict_types=1);

namespace App\Event;

use App\Domain\Invoice;
use App\Domain\LineItem;

final class LineItemAdded extends AbstractEvent
{
    public const NAME = 'invoice.line_added';

    public bool $rejected = false;

    public function __construct(public readonly Invoice $invoice, public readonly LineItem $line)
    {
    }
}
