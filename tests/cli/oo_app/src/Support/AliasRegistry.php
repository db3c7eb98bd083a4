<?php
declare(strict_types=1);

namespace App\Support;

class AliasRegistry extends AbstractRegistry
{
    protected static function prefix(): string
    {
        return 'alias:';
    }

    public static function whoParent(): string
    {
        return parent::whoStatic() . ' via parent::';
    }
}
