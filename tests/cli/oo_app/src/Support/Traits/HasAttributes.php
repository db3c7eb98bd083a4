<?php
declare(strict_types=1);

namespace App\Support\Traits;

/**
 * Dynamic, whitelisted attributes through __get/__set/__isset/__unset.
 */
trait HasAttributes
{
    /** @var array<string, mixed> */
    private array $attributes = [];

    /** @return list<string> */
    abstract protected function allowedAttributes(): array;

    public function __get(string $name): mixed
    {
        if (!array_key_exists($name, $this->attributes)) {
            throw new \OutOfRangeException(sprintf('%s has no attribute "%s"', static::class, $name));
        }
        return $this->attributes[$name];
    }

    public function __set(string $name, mixed $value): void
    {
        if (!in_array($name, $this->allowedAttributes(), true)) {
            throw new \InvalidArgumentException(sprintf('attribute "%s" is not allowed on %s', $name, static::class));
        }
        $this->attributes[$name] = $value;
    }

    public function __isset(string $name): bool
    {
        return isset($this->attributes[$name]);
    }

    public function __unset(string $name): void
    {
        unset($this->attributes[$name]);
    }

    /** @return array<string, mixed> */
    public function attributesSnapshot(): array
    {
        $copy = $this->attributes;
        ksort($copy);
        return $copy;
    }
}
