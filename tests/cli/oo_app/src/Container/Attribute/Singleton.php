<?php
declare(strict_types=1);

namespace App\Container\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS)]
final class Singleton
{
}
