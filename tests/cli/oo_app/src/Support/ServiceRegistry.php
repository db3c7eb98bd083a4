<?php
declare(strict_types=1);

namespace App\Support;

final class ServiceRegistry extends AbstractRegistry
{
    protected static array $entries = [];

    protected static function prefix(): string
    {
        return 'svc:';
    }
}
