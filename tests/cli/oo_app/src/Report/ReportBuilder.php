<?php
declare(strict_types=1);

namespace App\Report;

use App\Domain\Invoice;
use App\Domain\InvoiceStatus;
use App\Support\Collection;
use App\Template\Environment;

final class ReportBuilder
{
    private int $built = 0;

    public function __construct(private readonly Environment $templates, private readonly InvoiceBook $book)
    {
    }

    /** @return array<string, mixed> */
    public function invoiceVariables(Invoice $invoice, array $notes = []): array
    {
        $this->built++;
        return [
            'invoice' => $invoice,
            'customer' => $invoice->customer,
            'lines' => $invoice,
            'currency' => $invoice->currency,
            'taxes' => $invoice->taxBreakdown(),
            'discounts' => iterator_to_array($invoice->discountLines()),
            'totals' => ['subtotal' => $invoice->subtotal(), 'total' => $invoice->total()],
            'notes' => $notes,
        ];
    }

    public function renderInvoice(Invoice $invoice, array $notes = []): string
    {
        return $this->templates->render('invoice', $this->invoiceVariables($invoice, $notes));
    }

    public function renderSummary(): string
    {
        $invoices = Collection::make($this->book)
            ->sortBy(static fn (Invoice $i): string => $i->number() ?? 'zzz')
            ->values();
        $open = Collection::make($this->book->withStatus(...InvoiceStatus::open()))
            ->map(static fn (Invoice $i): string => $i->number() ?? 'draft')
            ->values();
        return $this->templates->render('summary', [
            'invoices' => $invoices,
            'open' => $open,
            'grand' => $this->book->grandTotals(),
        ]);
    }

    public function built(): int
    {
        return $this->built;
    }
}
