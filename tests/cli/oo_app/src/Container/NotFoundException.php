<?php
declare(strict_types=1);

namespace App\Container;

final class NotFoundException extends ContainerException
{
    public const DEFAULT_CODE = 2404;

    public static function forId(string $id): self
    {
        return self::create(sprintf('no entry or class found for "%s"', $id), ['id' => $id]);
    }
}
