<?php
declare(strict_types=1);

namespace App\Domain;

use App\Attribute\Meta;
use App\Domain\Discount\DiscountPolicy;
use App\Support\Traits\CountsInstances;
use App\Support\Traits\HasAttributes;

/**
 * @property string $reference
 * @property string $notes
 * @property int $dueDays
 */
#[Meta('Invoice', tags: ['billing', 'core'], status: InvoiceStatus::Draft)]
#[Meta('Document', tags: ['printable'])]
class Invoice implements \IteratorAggregate, \Countable, \ArrayAccess, \JsonSerializable, \Stringable
{
    use HasAttributes;
    use CountsInstances;

    private ?string $number = null;

    private InvoiceStatus $status = InvoiceStatus::INITIAL;

    /** @var list<LineItem> */
    private array $lines = [];

    /** @var list<DiscountPolicy> */
    private array $discounts = [];

    private int $revision = 0;

    public function __construct(public readonly Customer $customer, public readonly Currency $currency = Currency::DEFAULT)
    {
        $this->countInstance();
    }

    public static function kind(): string
    {
        return 'invoice';
    }

    protected function allowedAttributes(): array
    {
        return ['reference', 'notes', 'dueDays'];
    }

    public function number(): ?string
    {
        return $this->number;
    }

    public function assignNumber(string $number): void
    {
        if ($this->number !== null) {
            throw InvalidInvoiceException::create(sprintf('invoice already numbered %s', $this->number));
        }
        $this->number = $number;
    }

    public function status(): InvoiceStatus
    {
        return $this->status;
    }

    public function transitionTo(InvoiceStatus $to): InvoiceStatus
    {
        if (!$this->status->canTransitionTo($to)) {
            throw InvalidTransitionException::between($this->status, $to);
        }
        [$from, $this->status] = [$this->status, $to];
        $this->revision++;
        return $from;
    }

    public function addLine(LineItem $line): static
    {
        if ($this->status !== InvoiceStatus::Draft) {
            throw InvalidInvoiceException::create(sprintf('cannot add %s to a %s invoice', $line->sku, $this->status->label()));
        }
        if ($line->unitPrice->currency !== $this->currency) {
            throw CurrencyMismatch::between($this->currency, $line->unitPrice->currency);
        }
        $this->lines[] = $line;
        $this->revision++;
        return $this;
    }

    public function addDiscount(DiscountPolicy $discount): static
    {
        $this->discounts[] = $discount;
        return $this;
    }

    /** @return list<LineItem> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function quantity(): int
    {
        return array_sum(array_map(static fn (LineItem $l): int => $l->quantity, $this->lines));
    }

    public function subtotal(): Money
    {
        return Money::zero($this->currency)->add(...array_map(static fn (LineItem $l): Money => $l->net(), $this->lines));
    }

    public function taxTotal(): Money
    {
        return Money::zero($this->currency)->add(...array_map(static fn (LineItem $l): Money => $l->tax(), $this->lines));
    }

    /** @return \Generator<string, Money> discount name => amount */
    public function discountLines(): \Generator
    {
        foreach ($this->discounts as $discount) {
            $amount = $discount->discountFor($this);
            if (!$amount->isZero()) {
                yield $discount->name() => $amount;
            }
        }
    }

    public function discountTotal(): Money
    {
        return Money::zero($this->currency)->add(...array_values(iterator_to_array($this->discountLines())));
    }

    public function total(): Money
    {
        return $this->subtotal()->add($this->taxTotal())->subtract($this->discountTotal());
    }

    /** @return \Generator<string, Money> tax label => tax amount, one per rate used */
    public function taxBreakdown(): \Generator
    {
        $byRate = [];
        foreach ($this->lines as $line) {
            $byRate[$line->taxRate->value] ??= Money::zero($this->currency);
            $byRate[$line->taxRate->value] = $byRate[$line->taxRate->value]->add($line->tax());
        }
        krsort($byRate);
        foreach ($byRate as $rate => $amount) {
            yield TaxRate::from($rate)->label() => $amount;
        }
    }

    public function getIterator(): \Generator
    {
        foreach ($this->lines as $line) {
            yield $line->sku => $line;
        }
    }

    public function count(): int
    {
        return count($this->lines);
    }

    public function offsetExists(mixed $offset): bool
    {
        return is_int($offset) && isset($this->lines[$offset]);
    }

    public function offsetGet(mixed $offset): LineItem
    {
        if (!$this->offsetExists($offset)) {
            throw new \OutOfBoundsException(sprintf('invoice has no line %s', var_export($offset, true)));
        }
        return $this->lines[$offset];
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        if (!$value instanceof LineItem) {
            throw new \InvalidArgumentException('only line items can be added, got ' . get_debug_type($value));
        }
        if ($offset !== null) {
            throw new \LogicException('lines are appended with $invoice[] = $line');
        }
        $this->addLine($value);
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->lines[$offset]);
        $this->lines = array_values($this->lines);
        $this->revision++;
    }

    public function __clone(): void
    {
        $this->number = null;
        $this->status = InvoiceStatus::Draft;
        $this->revision = 0;
        $this->countInstance();
    }

    public function revision(): int
    {
        return $this->revision;
    }

    public function __toString(): string
    {
        return sprintf('Invoice %s (%s, %d line(s), %s)', $this->number ?? '(unnumbered)', $this->status->name, count($this), $this->total());
    }

    public function jsonSerialize(): array
    {
        return [
            'number' => $this->number,
            'status' => $this->status->name,
            'customer' => $this->customer,
            'lines' => $this->lines,
            'discounts' => iterator_to_array($this->discountLines()),
            'total' => $this->total(),
            'meta' => $this->attributesSnapshot(),
        ];
    }

    public function __serialize(): array
    {
        return [
            'n' => $this->number,
            'c' => $this->customer,
            'cur' => $this->currency,
            's' => $this->status->name,
            'l' => $this->lines,
            'd' => $this->discounts,
            'm' => $this->attributesSnapshot(),
        ];
    }

    public function __unserialize(array $data): void
    {
        $this->number = $data['n'];
        $this->customer = $data['c'];
        $this->currency = $data['cur'];
        $this->status = constant(InvoiceStatus::class . '::' . $data['s']);
        $this->lines = $data['l'];
        $this->discounts = $data['d'];
        foreach ($data['m'] as $key => $value) {
            $this->{$key} = $value;
        }
        $this->countInstance();
    }
}
