<?php
declare(strict_types=1);

namespace App\Template;

/**
 * Variables of a render: a stack of scopes searched from the innermost.
 */
final class Context implements \ArrayAccess, \Countable
{
    /** @var list<array<string, mixed>> */
    private array $scopes;

    private int $deepest = 1;

    /** @param array<string, mixed> $globals */
    public function __construct(array $globals = [])
    {
        $this->scopes = [$globals];
    }

    public function push(array $variables = []): void
    {
        $this->scopes[] = $variables;
        $this->deepest = max($this->deepest, count($this->scopes));
    }

    public function pop(): void
    {
        if (count($this->scopes) === 1) {
            throw new \LogicException('cannot pop the global scope');
        }
        array_pop($this->scopes);
    }

    public function has(string $name): bool
    {
        for ($i = count($this->scopes) - 1; $i >= 0; $i--) {
            if (array_key_exists($name, $this->scopes[$i])) {
                return true;
            }
        }
        return false;
    }

    public function get(string $name): mixed
    {
        for ($i = count($this->scopes) - 1; $i >= 0; $i--) {
            if (array_key_exists($name, $this->scopes[$i])) {
                return $this->scopes[$i][$name];
            }
        }
        throw new \OutOfBoundsException(sprintf('no variable "%s"', $name));
    }

    public function set(string $name, mixed $value): void
    {
        $this->scopes[count($this->scopes) - 1][$name] = $value;
    }

    /** @return list<string> */
    public function names(): array
    {
        $names = array_keys(array_merge(...$this->scopes));
        sort($names);
        return $names;
    }

    public function depth(): int
    {
        return count($this->scopes);
    }

    public function deepest(): int
    {
        return $this->deepest;
    }

    public function offsetExists(mixed $offset): bool
    {
        return $this->has($offset);
    }

    public function offsetGet(mixed $offset): mixed
    {
        return $this->get($offset);
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        $this->set($offset, $value);
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->scopes[count($this->scopes) - 1][$offset]);
    }

    public function count(): int
    {
        return count($this->names());
    }

    public function __get(string $name): mixed
    {
        return $this->get($name);
    }

    public function __set(string $name, mixed $value): void
    {
        $this->set($name, $value);
    }

    public function __isset(string $name): bool
    {
        return $this->has($name) && $this->get($name) !== null;
    }

    public function __unset(string $name): void
    {
        $this->offsetUnset($name);
    }
}
