<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Template\Context;
use App\Template\Environment;

final class BodyNode extends Statement implements \Countable
{
    /** @param list<Statement> $nodes */
    public function __construct(private readonly array $nodes, int $line)
    {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        $out = '';
        foreach ($this->nodes as $node) {
            $out .= $node->render($context, $env);
        }
        return $out;
    }

    public function children(): iterable
    {
        return $this->nodes;
    }

    public function count(): int
    {
        return count($this->nodes);
    }

    public function label(): string
    {
        return parent::label() . ' (' . count($this) . ')';
    }
}
