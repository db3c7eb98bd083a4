<?php
declare(strict_types=1);

namespace App\Container;

interface MutableContainerInterface extends ContainerInterface
{
    public const SCOPES = [Scope::Shared, Scope::Factory, Scope::Instance];
    public const DESCRIPTION = 'mutable container v' . self::VERSION;

    public function singleton(string $id, \Closure|string|null $concrete = null): static;

    public function factory(string $id, \Closure $factory): static;

    public function instance(string $id, object $object): static;
}
