<?php
declare(strict_types=1);

namespace App\Event;

interface EventInterface
{
    public const PRIORITY_HIGH = 100;
    public const PRIORITY_NORMAL = 0;
    public const PRIORITY_LOW = -100;

    public function eventName(): string;
}
