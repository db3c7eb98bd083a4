<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Template\Context;
use App\Template\Environment;
use App\Template\Node\Expr\Expression;

final class SetNode extends Statement
{
    public function __construct(private readonly string $name, private readonly Expression $value, int $line)
    {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        $context->set($this->name, $this->value->evaluate($context, $env));
        return '';
    }

    public function children(): iterable
    {
        yield 'value' => $this->value;
    }

    public function label(): string
    {
        return parent::label() . ' ' . $this->name . ' = ' . $this->value;
    }
}
