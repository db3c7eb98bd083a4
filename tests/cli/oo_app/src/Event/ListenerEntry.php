<?php
declare(strict_types=1);

namespace App\Event;

final readonly class ListenerEntry
{
    public function __construct(
        public string $eventClass,
        public \Closure $callback,
        public int $priority,
        public int $sequence,
        public string $label,
    ) {
    }

    public function priorityClass(): Priority
    {
        return Priority::classify($this->priority);
    }
}
