<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;

final class ConstantExpr extends Expression
{
    public function __construct(public readonly string|int|float|bool|null $value, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        return $this->value;
    }

    public function __toString(): string
    {
        return match (true) {
            is_string($this->value) => '"' . addcslashes($this->value, "\"\n") . '"',
            default => strtolower(var_export($this->value, true)),
        };
    }
}
