<?php
declare(strict_types=1);

namespace App\Event\Attribute;

use App\Event\EventInterface;

#[\Attribute(\Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
final class AsListener
{
    public function __construct(
        public readonly ?string $event = null,
        public readonly int $priority = EventInterface::PRIORITY_NORMAL,
    ) {
    }
}
