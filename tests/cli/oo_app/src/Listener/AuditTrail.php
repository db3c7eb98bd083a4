<?php
declare(strict_types=1);

namespace App\Listener;

use App\Container\Attribute\Singleton;
use App\Event\Attribute\AsListener;
use App\Event\EventInterface;
use App\Event\InvoiceFinalized;
use App\Event\InvoiceStatusChanged;
use App\Event\LineItemAdded;
use App\Event\StoppableEventInterface;
use App\Support\Str;

/**
 * Subscriber: its listeners are found through #[AsListener] attributes.
 */
#[Singleton]
final class AuditTrail implements \Countable, \IteratorAggregate
{
    /** @var list<string> */
    private array $entries = [];

    #[AsListener(EventInterface::class, priority: StoppableEventInterface::PRIORITY_MONITOR)]
    public function record(EventInterface $event): void
    {
        $this->entries[] = sprintf('#%02d %s (%s)', count($this->entries) + 1, $event->eventName(), Str::shortClass($event));
    }

    #[AsListener(priority: EventInterface::PRIORITY_HIGH)]
    #[AsListener(InvoiceFinalized::class, priority: EventInterface::PRIORITY_LOW)]
    public function onFinalized(InvoiceFinalized $event): void
    {
        $event->notes[] = sprintf('audit saw %s with %d line(s)', $event->invoice->number(), count($event->invoice));
    }

    #[AsListener]
    public function onLine(LineItemAdded $event): void
    {
        if ($event->line->quantity >= 100) {
            $this->entries[] = sprintf('    large quantity %d of %s', $event->line->quantity, $event->line->sku);
        }
    }

    #[AsListener(priority: 5)]
    public function onStatus(InvoiceStatusChanged $event): void
    {
        $this->entries[] = sprintf('    status %s => %s', $event->from->name, $event->to->name);
    }

    /** Public but not a listener: no attribute. */
    public function reset(): void
    {
        $this->entries = [];
    }

    public function count(): int
    {
        return count($this->entries);
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->entries);
    }
}
