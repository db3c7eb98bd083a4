<?php
declare(strict_types=1);

namespace Shop;

final class Cart implements \Countable, \IteratorAggregate
{
    /** @var array<string, int> */
    private array $quantities = [];

    public function __construct(private Catalog $catalog)
    {
    }

    public function add(string $sku): void
    {
        $this->catalog->get($sku);
        $this->quantities[$sku] = ($this->quantities[$sku] ?? 0) + 1;
    }

    public function count(): int
    {
        return array_sum($this->quantities);
    }

    public function getIterator(): \Generator
    {
        foreach ($this->quantities as $sku => $quantity) {
            yield $this->catalog->get($sku) => $quantity;
        }
    }

    public function total(): int
    {
        $total = 0;
        foreach ($this as $product => $quantity) {
            $total += $product->cents * $quantity;
        }
        return $total;
    }
}
