<?php
declare(strict_types=1);

namespace App\Attribute;

use App\Domain\InvoiceStatus;

/**
 * Free-form class metadata, repeatable, with enum-valued arguments.
 */
#[\Attribute(\Attribute::TARGET_CLASS | \Attribute::IS_REPEATABLE)]
final class Meta
{
    /** @param list<string> $tags */
    public function __construct(
        public readonly string $label,
        public readonly array $tags = [],
        public readonly ?InvoiceStatus $status = null,
    ) {
    }
}
