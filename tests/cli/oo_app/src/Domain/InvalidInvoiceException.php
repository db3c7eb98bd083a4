<?php
declare(strict_types=1);

namespace App\Domain;

use App\Exception\AppException;

class InvalidInvoiceException extends AppException
{
    public const DEFAULT_CODE = 4000;
}
