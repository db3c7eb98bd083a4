<?php
declare(strict_types=1);

namespace App\Event;

interface StoppableEventInterface extends EventInterface
{
    public const PRIORITY_MONITOR = self::PRIORITY_LOW * 10;

    public function isPropagationStopped(): bool;
}
