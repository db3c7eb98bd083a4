<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Support\Str;
use App\Template\Context;
use App\Template\Environment;
use App\Template\Node\Expr\Expression;
use App\Template\RuntimeError;
use App\Template\TemplateException;

final class PrintNode extends Statement
{
    public function __construct(public readonly Expression $expression, int $line)
    {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        try {
            return Environment::stringify($this->expression->evaluate($context, $env));
        } catch (TemplateException $e) {
            throw $e;
        } catch (\Throwable $e) {
            throw new RuntimeError(
                sprintf('%s while printing {{ %s }}', Str::shortClass($e), $this->expression),
                $env->currentTemplate(),
                $this->lineno,
                $e,
            );
        }
    }

    public function children(): iterable
    {
        yield 'expr' => $this->expression;
    }

    public function label(): string
    {
        return parent::label() . ' {{ ' . $this->expression . ' }}';
    }
}
