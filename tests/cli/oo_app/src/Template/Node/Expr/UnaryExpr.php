<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;

final class UnaryExpr extends Expression
{
    public function __construct(public readonly string $operator, private readonly Expression $operand, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        $value = $this->operand->evaluate($context, $env);
        return match ($this->operator) {
            'not' => !Environment::truthy($value),
            '-' => -$value,
        };
    }

    public function children(): iterable
    {
        yield 'operand' => $this->operand;
    }

    public function __toString(): string
    {
        return $this->operator === 'not' ? 'not ' . $this->operand : '-' . $this->operand;
    }
}
