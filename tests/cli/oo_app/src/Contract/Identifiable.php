<?php
declare(strict_types=1);

namespace App\Contract;

interface Identifiable extends HasLabel
{
    public const ID_SEPARATOR = '/';

    public function id(): string;
}
