<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;
use App\Template\Node\AbstractNode;

abstract class Expression extends AbstractNode implements \Stringable
{
    abstract public function evaluate(Context $context, Environment $env): mixed;

    /** Source-like text of the expression. */
    abstract public function __toString(): string;

    public function label(): string
    {
        return parent::label() . ' ' . $this;
    }
}
