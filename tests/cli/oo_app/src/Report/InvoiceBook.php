<?php
declare(strict_types=1);

namespace App\Report;

use App\Container\Attribute\Singleton;
use App\Domain\Currency;
use App\Domain\Invoice;
use App\Domain\InvoiceStatus;

/**
 * The invoices of the scenario, shared between scenarios through the container.
 */
#[Singleton]
final class InvoiceBook implements \IteratorAggregate, \Countable
{
    /** @var array<string, Invoice> */
    private array $invoices = [];

    public function add(string $key, Invoice $invoice): void
    {
        $this->invoices[$key] = $invoice;
    }

    public function get(string $key): Invoice
    {
        return $this->invoices[$key] ?? throw new \OutOfBoundsException("no invoice \"$key\"");
    }

    public function remove(string $key): void
    {
        unset($this->invoices[$key]);
    }

    /** @return \Generator<string, Invoice> */
    public function withStatus(InvoiceStatus ...$statuses): \Generator
    {
        foreach ($this->invoices as $key => $invoice) {
            if (in_array($invoice->status(), $statuses, true)) {
                yield $key => $invoice;
            }
        }
    }

    /** @return array<string, int> currency code => total in minor units */
    public function grandTotals(): array
    {
        $totals = [];
        foreach ($this->invoices as $invoice) {
            if ($invoice->status() === InvoiceStatus::Cancelled) {
                continue;
            }
            $code = $invoice->currency->value;
            $totals[$code] = ($totals[$code] ?? 0) + $invoice->total()->cents;
        }
        uksort($totals, static fn (string $a, string $b): int => array_search(Currency::from($a), Currency::cases(), true) <=> array_search(Currency::from($b), Currency::cases(), true));
        return $totals;
    }

    public function getIterator(): \Generator
    {
        yield from $this->invoices;
    }

    public function count(): int
    {
        return count($this->invoices);
    }
}
