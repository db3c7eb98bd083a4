<?php
declare(strict_types=1);

namespace App\Contract;

interface HasLabel
{
    public function label(): string;
}
