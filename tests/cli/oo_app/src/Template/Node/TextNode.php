<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Support\Str;
use App\Template\Context;
use App\Template\Environment;

final class TextNode extends Statement
{
    public function __construct(public readonly string $text, int $line)
    {
        parent::__construct($line);
    }

    public function render(Context $context, Environment $env): string
    {
        return $this->text;
    }

    public function label(): string
    {
        return parent::label() . ' "' . Str::truncate(addcslashes($this->text, "\n"), 24) . '"';
    }
}
