<?php
declare(strict_types=1);

namespace App\Domain;

final class CurrencyMismatch extends InvalidInvoiceException
{
    public const DEFAULT_CODE = 4002;

    public static function between(Currency $a, Currency $b): self
    {
        return self::create(sprintf('cannot combine %s with %s', $a->value, $b->value), ['left' => $a, 'right' => $b]);
    }
}
