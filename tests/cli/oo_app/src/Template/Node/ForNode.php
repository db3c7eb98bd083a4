<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Template\Context;
use App\Template\Environment;
use App\Template\Loop;
use App\Template\Node\Expr\Expression;
use App\Template\RuntimeError;

final class ForNode extends Statement
{
    public function __construct(
        private readonly ?string $keyVar,
        private readonly string $valueVar,
        private readonly Expression $sequence,
        private readonly BodyNode $body,
        private readonly ?BodyNode $else,
        int $line,
    ) {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        $items = $this->sequence->evaluate($context, $env) ?? [];
        if (!is_iterable($items)) {
            throw new RuntimeError(sprintf('cannot iterate over %s (%s)', get_debug_type($items), $this->sequence), $env->currentTemplate(), $this->lineno);
        }
        $pairs = [];
        foreach ($items as $key => $value) {
            $pairs[] = [$key, $value];
        }
        if ($pairs === []) {
            return $this->else?->render($context, $env) ?? '';
        }
        $parent = $context->has('loop') ? $context->get('loop') : null;
        $context->push();
        $out = '';
        try {
            foreach ($pairs as $index => [$key, $value]) {
                $context->set($this->valueVar, $value);
                if ($this->keyVar !== null) {
                    $context->set($this->keyVar, $key);
                }
                $context->set('loop', new Loop($index, count($pairs), $parent instanceof Loop ? $parent : null));
                $out .= $this->body->render($context, $env);
            }
        } finally {
            $context->pop();
        }
        return $out;
    }

    public function children(): iterable
    {
        yield 'seq' => $this->sequence;
        yield 'body' => $this->body;
        if ($this->else !== null) {
            yield 'else' => $this->else;
        }
    }

    public function label(): string
    {
        return parent::label() . ' ' . ($this->keyVar === null ? '' : $this->keyVar . ', ') . $this->valueVar;
    }
}
