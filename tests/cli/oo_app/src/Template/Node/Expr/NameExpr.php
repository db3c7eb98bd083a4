<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;
use App\Template\RuntimeError;

final class NameExpr extends Expression
{
    public function __construct(public readonly string $name, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        if (!$context->has($this->name)) {
            if ($env->strictVariables) {
                throw new RuntimeError(sprintf('variable "%s" does not exist', $this->name), $env->currentTemplate(), $this->lineno);
            }
            return null;
        }
        return $context->get($this->name);
    }

    public function __toString(): string
    {
        return $this->name;
    }
}
