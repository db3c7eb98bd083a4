<?php
declare(strict_types=1);

namespace App\Container;

enum Scope: string
{
    case Shared = 'shared';
    case Factory = 'factory';
    case Instance = 'instance';

    public function isShared(): bool
    {
        return $this !== self::Factory;
    }
}
