<?php
declare(strict_types=1);

namespace App\Domain;

use App\Container\Attribute\Inject;
use App\Event\EventDispatcher;
use App\Event\InvoiceCreated;
use App\Event\InvoiceFinalized;
use App\Event\InvoiceStatusChanged;
use App\Event\LineItemAdded;

final class InvoiceService
{
    /** @var \WeakMap<Invoice, int> how many lines were rejected per invoice */
    private \WeakMap $rejections;

    public function __construct(
        private readonly EventDispatcher $events,
        private readonly NumberGenerator $numbers,
        #[Inject('clock.today')] private readonly string $today,
    ) {
        $this->rejections = new \WeakMap();
    }

    public function open(Customer $customer, Currency $currency = Currency::DEFAULT): Invoice
    {
        $invoice = new Invoice($customer, $currency);
        $invoice->reference = sprintf('%s/%s', $customer->code, $this->today);
        $this->events->dispatch(new InvoiceCreated($invoice));
        return $invoice;
    }

    public function add(Invoice $invoice, LineItem ...$lines): int
    {
        $added = 0;
        foreach ($lines as $line) {
            $event = $this->events->dispatch(new LineItemAdded($invoice, $line));
            if ($event->rejected) {
                $this->rejections[$invoice] = ($this->rejections[$invoice] ?? 0) + 1;
                continue;
            }
            $invoice[] = $line;
            $added++;
        }
        return $added;
    }

    public function rejectedCount(Invoice $invoice): int
    {
        return $this->rejections[$invoice] ?? 0;
    }

    public function trackedInvoices(): int
    {
        return count($this->rejections);
    }

    public function finalize(Invoice $invoice): InvoiceFinalized
    {
        $this->transition($invoice, InvoiceStatus::Issued);
        $invoice->assignNumber($this->numbers->next());
        return $this->events->dispatch(new InvoiceFinalized($invoice));
    }

    public function transition(Invoice $invoice, InvoiceStatus $to): void
    {
        $from = $invoice->transitionTo($to);
        $this->events->dispatch(new InvoiceStatusChanged($invoice, $from, $to));
    }
}
