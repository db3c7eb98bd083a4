<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Template\Context;
use App\Template\Environment;
use App\Template\Node\Expr\Expression;

final class IfNode extends Statement
{
    /** @param list<array{Expression, BodyNode}> $branches */
    public function __construct(private readonly array $branches, private readonly ?BodyNode $else, int $line)
    {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        foreach ($this->branches as [$condition, $body]) {
            if (Environment::truthy($condition->evaluate($context, $env))) {
                return $body->render($context, $env);
            }
        }
        return $this->else?->render($context, $env) ?? '';
    }

    public function children(): iterable
    {
        foreach ($this->branches as $i => [$condition, $body]) {
            yield "cond$i" => $condition;
            yield "then$i" => $body;
        }
        if ($this->else !== null) {
            yield 'else' => $this->else;
        }
    }

    public function label(): string
    {
        return parent::label() . ' branches=' . count($this->branches) . ($this->else === null ? '' : '+else');
    }
}
