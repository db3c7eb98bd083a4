<?php
declare(strict_types=1);

namespace App\Event;

use App\Support\Str;

abstract class AbstractEvent implements StoppableEventInterface
{
    /** Overridden by events with an explicit name; null derives one from the class name. */
    public const NAME = null;

    private bool $propagationStopped = false;

    /** @var list<string> */
    private array $handledBy = [];

    public function eventName(): string
    {
        return static::NAME ?? Str::snake(Str::shortClass(static::class));
    }

    public function stopPropagation(): void
    {
        $this->propagationStopped = true;
    }

    public function isPropagationStopped(): bool
    {
        return $this->propagationStopped;
    }

    public function handledBy(string $listener): void
    {
        $this->handledBy[] = $listener;
    }

    /** @return list<string> */
    public function handlers(): array
    {
        return $this->handledBy;
    }
}
