<?php
declare(strict_types=1);

namespace App\Event;

use App\Contract\HasLabel;

enum Priority: int implements HasLabel
{
    case Monitor = StoppableEventInterface::PRIORITY_MONITOR;
    case Low = EventInterface::PRIORITY_LOW;
    case Normal = EventInterface::PRIORITY_NORMAL;
    case High = EventInterface::PRIORITY_HIGH;

    public static function classify(int $weight): self
    {
        return self::tryFrom($weight) ?? match (true) {
            $weight > self::High->value => self::High,
            $weight > self::Normal->value => self::Normal,
            $weight > self::Low->value => self::Low,
            default => self::Monitor,
        };
    }

    public function label(): string
    {
        return strtolower($this->name) . '(' . $this->value . ')';
    }
}
