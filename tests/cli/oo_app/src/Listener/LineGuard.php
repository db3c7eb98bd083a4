<?php
declare(strict_types=1);

namespace App\Listener;

use App\Event\LineItemAdded;
use App\Support\Output;

/**
 * Rejects blocked SKUs and stops propagation, so lower-priority listeners never see them.
 */
final class LineGuard
{
    /** @param list<string> $blocked */
    public function __construct(private readonly array $blocked = [])
    {
    }

    public function check(LineItemAdded $event): void
    {
        if (in_array($event->line->sku, $this->blocked, true)) {
            $event->rejected = true;
            $event->stopPropagation();
            Output::line('  guard: rejected %s', $event->line->sku);
        }
    }

    private function secret(): string
    {
        return 'guard blocks ' . implode(',', $this->blocked);
    }

    public function secretReader(): \Closure
    {
        return \Closure::fromCallable([$this, 'secret']);
    }
}
