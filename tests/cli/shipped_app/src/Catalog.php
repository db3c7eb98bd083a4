<?php
declare(strict_types=1);

namespace Shop;

final class Catalog
{
    /** @param array<string, Product> $products */
    private function __construct(private array $products)
    {
    }

    public static function fromDirectory(string $dir): self
    {
        $products = [];
        foreach (json_decode(file_get_contents($dir . '/products.json'), true, 512, JSON_THROW_ON_ERROR) as $sku => $p) {
            $products[$sku] = new Product($sku, $p['name'], $p['cents']);
        }
        return new self($products);
    }

    public function get(string $sku): Product
    {
        return $this->products[$sku] ?? throw new UnknownProduct("no product '$sku' in " . basename(__FILE__));
    }

    public function price(string $sku): int
    {
        return $this->get($sku)->cents;
    }
}
