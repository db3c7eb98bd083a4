<?php
declare(strict_types=1);

namespace App\Template;

use App\Template\Node\BodyNode;
use App\Template\Node\Node;

final class Template
{
    public function __construct(public readonly string $name, private readonly BodyNode $body, public readonly int $tokenCount)
    {
    }

    public function render(Context $context, Environment $env): string
    {
        $env->enter($this->name);
        try {
            return $this->body->render($context, $env);
        } finally {
            $env->leave();
        }
    }

    /** @return \Generator<int, Node> depth => node, depth first; keys repeat */
    public function walk(?Node $node = null, int $depth = 0): \Generator
    {
        $node ??= $this->body;
        yield $depth => $node;
        foreach ($node->children() as $child) {
            yield from $this->walk($child, $depth + 1);
        }
    }

    public function dump(): string
    {
        $lines = [];
        foreach ($this->walk() as $depth => $node) {
            $lines[] = str_repeat('  ', $depth) . $node->label();
        }
        return implode("\n", $lines);
    }

    public function nodeCount(): int
    {
        return iterator_count($this->walk());
    }
}
