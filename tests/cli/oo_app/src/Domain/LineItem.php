<?php
declare(strict_types=1);

namespace App\Domain;

use App\Attribute\Meta;
use App\Support\Traits\DescribesItself;
use App\Support\Traits\SummarizesItself;

#[Meta('Line item', tags: ['billing'])]
final class LineItem implements \JsonSerializable
{
    use DescribesItself, SummarizesItself {
        DescribesItself::describe insteadof SummarizesItself;
        SummarizesItself::describe as protected summaryLine;
        SummarizesItself::tag insteadof DescribesItself;
        DescribesItself::tag as private describedTag;
        SummarizesItself::traitName as protected;
    }

    public function __construct(
        public readonly string $sku,
        public readonly string $description,
        public readonly int $quantity,
        public readonly Money $unitPrice,
        public readonly TaxRate $taxRate = TaxRate::Standard,
    ) {
        if ($quantity <= 0) {
            throw InvalidInvoiceException::create(sprintf('quantity of %s must be positive, got %d', $sku, $quantity), ['sku' => $sku]);
        }
    }

    public function withQuantity(int $quantity): static
    {
        return new static($this->sku, $this->description, $quantity, $this->unitPrice, $this->taxRate);
    }

    public function net(): Money
    {
        return $this->unitPrice->multiply($this->quantity);
    }

    public function tax(): Money
    {
        return $this->taxRate->apply($this->net());
    }

    public function gross(): Money
    {
        return $this->net()->add($this->tax());
    }

    public function summary(): string
    {
        return $this->summaryLine();
    }

    /** @return list<string> */
    public function tags(): array
    {
        return [$this->tag(), $this->describedTag(), self::traitName()];
    }

    protected function describeFields(): array
    {
        return ['sku' => $this->sku, 'qty' => $this->quantity, 'unit' => (string) $this->unitPrice, 'tax' => $this->taxRate->name];
    }

    public function jsonSerialize(): array
    {
        return [
            'sku' => $this->sku,
            'description' => $this->description,
            'quantity' => $this->quantity,
            'unit' => $this->unitPrice,
            'tax' => $this->taxRate,
            'net' => $this->net()->cents,
        ];
    }
}
