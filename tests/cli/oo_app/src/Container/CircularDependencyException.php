<?php
declare(strict_types=1);

namespace App\Container;

use App\Support\Str;

final class CircularDependencyException extends ContainerException
{
    public const DEFAULT_CODE = 2508;

    /** @param list<string> $chain */
    public static function forChain(array $chain): self
    {
        return self::create(
            'circular dependency: ' . implode(' -> ', array_map(Str::shortClass(...), $chain)),
            ['chain' => $chain],
        );
    }
}
