<?php
declare(strict_types=1);

namespace App\Template\Node;

interface Node
{
    public function line(): int;

    /** @return iterable<string|int, Node> */
    public function children(): iterable;

    /** One-line description for AST dumps. */
    public function label(): string;
}
