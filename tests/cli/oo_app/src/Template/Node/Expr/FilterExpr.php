<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;
use App\Template\RuntimeError;

final class FilterExpr extends Expression
{
    /** @param list<Expression> $arguments */
    public function __construct(private readonly Expression $node, public readonly string $filter, private readonly array $arguments, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        if ($this->filter === 'default') {
            try {
                $value = $this->node->evaluate($context, $env);
            } catch (RuntimeError) {
                $value = null;
            }
        } else {
            $value = $this->node->evaluate($context, $env);
        }
        $arguments = array_map(static fn (Expression $a): mixed => $a->evaluate($context, $env), $this->arguments);
        return $env->filters()->apply($this->filter, $value, $arguments, $env, $this->lineno);
    }

    public function children(): iterable
    {
        yield 'node' => $this->node;
        foreach ($this->arguments as $i => $argument) {
            yield "arg$i" => $argument;
        }
    }

    public function __toString(): string
    {
        $args = $this->arguments === [] ? '' : '(' . implode(', ', array_map('strval', $this->arguments)) . ')';
        return $this->node . '|' . $this->filter . $args;
    }
}
