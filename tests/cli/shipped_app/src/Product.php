<?php
declare(strict_types=1);

namespace Shop;

final class Product
{
    public function __construct(public readonly string $sku, public readonly string $name, public readonly int $cents)
    {
    }
}
