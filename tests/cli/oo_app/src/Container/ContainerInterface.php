<?php
declare(strict_types=1);

namespace App\Container;

interface ContainerInterface
{
    public const VERSION = '1.2';

    public function get(string $id): mixed;

    public function has(string $id): bool;
}
