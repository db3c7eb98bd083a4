<?php
declare(strict_types=1);

namespace App\Domain;

final class InvalidTransitionException extends InvalidInvoiceException
{
    public const DEFAULT_CODE = 4001;

    public static function between(InvoiceStatus $from, InvoiceStatus $to): self
    {
        return self::create(sprintf('cannot go from %s to %s', $from->name, $to->name));
    }
}
