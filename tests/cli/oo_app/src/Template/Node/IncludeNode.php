<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Template\Context;
use App\Template\Environment;
use App\Template\Node\Expr\Expression;

final class IncludeNode extends Statement
{
    public function __construct(private readonly Expression $template, int $line)
    {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        $name = Environment::stringify($this->template->evaluate($context, $env));
        $context->push();
        try {
            return $env->load($name)->render($context, $env);
        } finally {
            $context->pop();
        }
    }

    public function label(): string
    {
        return parent::label() . ' ' . $this->template;
    }
}
