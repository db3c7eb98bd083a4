<?php
declare(strict_types=1);

namespace App\Event;

/**
 * Dispatched before a template renders; a listener may replace the output and stop propagation.
 */
final class TemplateRendering extends AbstractEvent
{
    public ?string $override = null;

    /** @param array<string, mixed> $variables */
    public function __construct(public readonly string $template, public array $variables)
    {
    }
}
