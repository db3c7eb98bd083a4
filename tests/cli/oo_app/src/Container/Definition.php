<?php
declare(strict_types=1);

namespace App\Container;

final readonly class Definition
{
    public function __construct(public string $id, public \Closure $factory, public Scope $scope)
    {
    }

    public function withScope(Scope $scope): self
    {
        return new self($this->id, $this->factory, $scope);
    }
}
