<?php
declare(strict_types=1);

namespace App\Template\Attribute;

#[\Attribute(\Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
final class AsFilter
{
    public function __construct(public readonly string $name, public readonly bool $needsEnvironment = false)
    {
    }
}
