<?php
declare(strict_types=1);

namespace App\Support\Traits;

trait SummarizesItself
{
    public function describe(): string
    {
        return 'summary of ' . self::class . ': ' . implode(' / ', $this->describeFields());
    }

    public function tag(): string
    {
        return 'summarized';
    }

    public static function traitName(): string
    {
        return __TRAIT__;
    }
}
