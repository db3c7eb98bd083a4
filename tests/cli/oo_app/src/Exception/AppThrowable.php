<?php
declare(strict_types=1);

namespace App\Exception;

/**
 * Marker for every exception the application throws on purpose.
 */
interface AppThrowable extends \Throwable
{
    final public const DOMAIN = 'oo_app';

    public function context(): array;

    public function describe(): string;
}
