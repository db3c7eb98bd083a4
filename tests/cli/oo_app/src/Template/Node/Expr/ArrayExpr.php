<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;

final class ArrayExpr extends Expression
{
    /** @param list<Expression> $items */
    public function __construct(private readonly array $items, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        return array_map(static fn (Expression $item): mixed => $item->evaluate($context, $env), $this->items);
    }

    public function children(): iterable
    {
        return $this->items;
    }

    public function __toString(): string
    {
        return '[' . implode(', ', $this->items) . ']';
    }
}
