<?php
declare(strict_types=1);

namespace App\Event;

/** Not stoppable: implements the base interface only. */
final class TemplateRendered implements EventInterface
{
    public function __construct(public readonly string $template, public readonly int $bytes, public readonly int $lines)
    {
    }

    public function eventName(): string
    {
        return 'template.rendered';
    }
}
