<?php
declare(strict_types=1);

namespace App\Support\Traits;

trait DescribesItself
{
    abstract protected function describeFields(): array;

    public function describe(): string
    {
        $parts = [];
        foreach ($this->describeFields() as $key => $value) {
            $parts[] = $key . '=' . $value;
        }
        return static::class . '{' . implode(', ', $parts) . '}';
    }

    public function tag(): string
    {
        return 'described';
    }
}
