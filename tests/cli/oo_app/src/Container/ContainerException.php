<?php
declare(strict_types=1);

namespace App\Container;

use App\Exception\AppException;

class ContainerException extends AppException
{
    public const DEFAULT_CODE = 2000;
}
