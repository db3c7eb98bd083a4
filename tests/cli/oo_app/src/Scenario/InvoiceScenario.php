<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Domain\Address;
use App\Domain\Currency;
use App\Domain\Customer;
use App\Domain\CustomerTier;
use App\Domain\Discount\AbstractDiscount;
use App\Domain\Discount\PercentageDiscount;
use App\Domain\Discount\TierDiscount;
use App\Domain\Discount\VolumeDiscount;
use App\Domain\Invoice;
use App\Domain\InvoiceService;
use App\Domain\InvoiceStatus;
use App\Domain\LineItem;
use App\Domain\Money;
use App\Domain\TaxRate;
use App\Listener\AuditTrail;
use App\Report\InvoiceBook;
use App\Support\Output;

final class InvoiceScenario extends AbstractScenario
{
    public const TITLE = 'Invoices: a domain model driven through a service and events';

    public function __construct(
        private readonly InvoiceService $service,
        private readonly InvoiceBook $book,
        private readonly AuditTrail $audit,
    ) {
    }

    protected function perform(): void
    {
        $acme = new Customer('ACME', 'Acme Corporation', 'billing@acme.example', CustomerTier::Gold, new Address('1 Rocket Road', 'Amsterdam'));
        $bob = new Customer('BOB', 'Bob Builder', 'bob@example.org', CustomerTier::Silver);
        $yuki = new Customer('YUKI', 'Yuki Tanaka', 'yuki@example.jp', address: new Address('2-1 Chiyoda', 'Tokyo', 'JP'));
        foreach ([$acme, $bob, $yuki] as $customer) {
            Output::line('  customer %-14s %-40s city=%s', $customer->id(), $customer->label(), $customer->address?->city ?? '(none)');
        }

        Output::line('  -- ACME invoice');
        $first = $this->service->open($acme);
        $added = $this->service->add(
            $first,
            new LineItem('WID-1', 'Widget, standard', 12, Money::of('4.99')),
            new LineItem('GAD-7', 'Gadget with an exceptionally long description', 3, Money::of('129')),
            new LineItem('BANNED-1', 'Contraband', 1, Money::of('1.00')),
            new LineItem('BOOK-3', 'Handbook', 2, Money::of('25.5'), TaxRate::Reduced),
            new LineItem('SVC-9', 'Support hours', 150, Money::of('0.80'), TaxRate::Zero),
        );
        Output::kv('lines added / rejected', [$added, $this->service->rejectedCount($first)]);
        $first->addDiscount(new TierDiscount())->addDiscount(new VolumeDiscount([10 => 500, 100 => 2500]));
        $first->notes = 'Payable within 30 days';
        $first->dueDays = 30;
        $this->printTotals($first);
        $finalized = $this->service->finalize($first);
        Output::kv('finalized as', $first->number());
        Output::kv('finalize notes', $finalized->notes);
        Output::kv('finalize handlers', $finalized->handlers());
        Output::kv('(string) invoice', (string) $first);
        $this->book->add('acme', $first);

        Output::line('  -- BOB invoice (USD, oversized discount)');
        $second = $this->service->open($bob, Currency::USD);
        $this->attempt('add a EUR line to a USD invoice', fn () => $this->service->add($second, new LineItem('EU-1', 'Euro thing', 1, Money::of('1'))));
        $this->service->add(
            $second,
            new LineItem('CHAIR', 'Office chair', 4, Money::of('89.95', Currency::USD)),
            new LineItem('DESK', 'Standing desk', 1, Money::of('499', Currency::USD)),
            new LineItem('X-999', 'Blocked accessory', 2, Money::of('5', Currency::USD)),
        );
        $second->addDiscount(new PercentageDiscount(80));
        $this->printTotals($second);
        $this->service->finalize($second);
        $this->service->transition($second, InvoiceStatus::Paid);
        $this->book->add('bob', $second);

        Output::line('  -- YUKI invoice (JPY, cancelled)');
        $third = $this->service->open($yuki, Currency::JPY);
        $this->service->add($third, new LineItem('TEA', 'Matcha tin', 6, Money::of('1800', Currency::JPY), TaxRate::Reduced));
        $this->service->finalize($third);
        $this->service->transition($third, InvoiceStatus::Cancelled);
        $this->printTotals($third);
        $this->book->add('yuki', $third);

        Output::line('  -- a clone of the ACME invoice');
        $copy = clone $first;
        $copy->reference = 'copy of ' . $first->number();
        Output::kv('clone status / number', [$copy->status(), $copy->number()]);
        Output::kv('clone shares customer', $copy->customer === $first->customer);
        Output::kv('clone revision / original', [$copy->revision(), $first->revision()]);
        unset($copy[1]);
        Output::kv('clone lines after unset($copy[1])', array_keys(iterator_to_array($copy)));
        Output::kv('original still has', count($first));
        $this->book->add('copy', $copy);

        Output::line('  -- iteration, ArrayAccess and magic attributes');
        foreach ($first as $sku => $line) {
            Output::line('    %-6s %s', $sku, $line->describe());
        }
        foreach ($first->taxBreakdown() as $label => $amount) {
            Output::line('    tax %-8s %s', $label, $amount);
        }
        Output::kv('$first[2]->sku', $first[2]->sku);
        Output::kv('isset($first[3]) / isset($first[9])', [isset($first[3]), isset($first[9])]);
        Output::kv('isset($first->notes)', isset($first->notes));
        Output::kv('$first->dueDays', $first->dueDays);
        unset($first->dueDays);
        Output::kv('isset after unset', isset($first->dueDays));
        Output::kv('attributes', $first->attributesSnapshot());
        Output::kv('empty($first->reference)', empty($first->reference));

        Output::line('  -- failures');
        $this->attempt('issue -> draft', fn () => $first->transitionTo(InvoiceStatus::Draft));
        $this->attempt('paid on a draft', fn () => $copy->transitionTo(InvoiceStatus::Paid));
        $this->attempt('add to issued invoice', fn () => $first->addLine(new LineItem('LATE', 'Late item', 1, Money::of('1'))));
        $this->attempt('quantity zero', static fn () => new LineItem('ZERO', 'Nothing', 0, Money::of('1')));
        $this->attempt('Money::of("12,50")', static fn () => Money::of('12,50'));
        $this->attempt('number twice', fn () => $first->assignNumber('AGAIN'));
        $this->attempt('$first["x"]', fn () => $first['x']);
        $this->attempt('$first[] = "string"', function () use ($copy): void {
            $copy[] = 'string';
        });
        $this->attempt('$copy[0] = line', function () use ($copy): void {
            $copy[0] = new LineItem('SET', 'Set by offset', 1, Money::of('1'));
        });
        $this->attempt('$copy[] = line', function () use ($copy): int {
            $copy[] = new LineItem('APPEND', 'Appended', 1, Money::of('2.50'));
            return count($copy);
        });
        $this->attempt('$first->colour = "red"', function () use ($first): void {
            $first->colour = 'red';
        });
        $this->attempt('$first->dueDays (unset)', fn () => $first->dueDays);
        $this->attempt('modify readonly customer', function () use ($first, $bob): void {
            $first->customer = $bob;
        });
        $this->attempt('modify Money::$cents', static function (): void {
            $money = Money::of('1.00');
            $money->cents = 5;
        });
        $this->attempt('Money add across currencies', static fn () => Money::of('1')->add(Money::of('1', Currency::GBP)));
        $this->attempt('Money percentage rounding', static fn () => [Money::of('0.05')->percentage(50)->cents, Money::of('-0.05')->percentage(50)->cents, Money::of('0.25')->percentage(10)->cents]);

        $this->book->add('draft', $this->service->open($bob));
        Output::kv('book', array_keys(iterator_to_array($this->book)));
        Output::kv('issued or paid', array_keys(iterator_to_array($this->book->withStatus(InvoiceStatus::Issued, InvoiceStatus::Paid))));
        Output::kv('grand totals (minor units)', $this->book->grandTotals());
        Output::kv('Invoice::instanceSummary()', Invoice::instanceSummary());
        Output::kv('discount evaluations', AbstractDiscount::evaluations());
        Output::kv('invoices tracked in WeakMap', $this->service->trackedInvoices());
        Output::line('  audit trail (%d entries):', count($this->audit));
        foreach ($this->audit as $entry) {
            Output::line('    %s', $entry);
        }
    }

    private function printTotals(Invoice $invoice): void
    {
        Output::line('    subtotal %s, tax %s', $invoice->subtotal(), $invoice->taxTotal());
        foreach ($invoice->discountLines() as $name => $amount) {
            Output::line('    discount %-40s -%s', $name, $amount);
        }
        Output::line('    total %s over %d line(s), %d item(s)', $invoice->total(), count($invoice), $invoice->quantity());
    }
}
