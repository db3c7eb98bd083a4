<?php
declare(strict_types=1);

namespace App\Support;

use App\Support\Traits\Macroable;

/**
 * An immutable-ish list/map wrapper with the usual functional helpers.
 *
 * @template TValue
 */
class Collection implements \ArrayAccess, \IteratorAggregate, \Countable, \JsonSerializable
{
    use Macroable;

    /** @param array<array-key, TValue> $items */
    final public function __construct(protected array $items = [])
    {
    }

    public static function make(iterable $items = []): static
    {
        return new static(is_array($items) ? $items : iterator_to_array($items));
    }

    public static function times(int $count, callable $callback): static
    {
        $items = [];
        for ($i = 1; $i <= $count; $i++) {
            $items[] = $callback($i);
        }
        return new static($items);
    }

    public function all(): array
    {
        return $this->items;
    }

    public function map(callable $callback): static
    {
        $keys = array_keys($this->items);
        return new static(array_combine($keys, array_map($callback, $this->items, $keys)));
    }

    public function filter(?callable $callback = null): static
    {
        return new static($callback === null
            ? array_filter($this->items)
            : array_filter($this->items, $callback, ARRAY_FILTER_USE_BOTH));
    }

    public function reduce(callable $callback, mixed $initial = null): mixed
    {
        return array_reduce($this->items, $callback, $initial);
    }

    public function sortBy(callable $key, bool $descending = false): static
    {
        $items = $this->items;
        uasort($items, static fn (mixed $a, mixed $b): int => $descending ? $key($b) <=> $key($a) : $key($a) <=> $key($b));
        return new static($items);
    }

    public function groupBy(callable $key): static
    {
        $groups = [];
        foreach ($this->items as $item) {
            $groups[$key($item)][] = $item;
        }
        return (new static($groups))->map(static fn (array $group): Collection => new Collection($group));
    }

    public function pluck(string $property): static
    {
        return $this->map(static fn (mixed $item): mixed => is_array($item) ? $item[$property] ?? null : $item->{$property} ?? null);
    }

    public function values(): static
    {
        return new static(array_values($this->items));
    }

    public function keys(): static
    {
        return new static(array_keys($this->items));
    }

    public function first(?callable $callback = null, mixed $default = null): mixed
    {
        foreach ($this->items as $key => $item) {
            if ($callback === null || $callback($item, $key)) {
                return $item;
            }
        }
        return $default;
    }

    public function sum(?callable $callback = null): int|float
    {
        return array_sum($callback === null ? $this->items : array_map($callback, $this->items));
    }

    public function implode(string $glue, ?callable $callback = null): string
    {
        return implode($glue, $callback === null ? $this->items : array_map($callback, $this->items));
    }

    public function chunk(int $size): \Generator
    {
        foreach (array_chunk($this->items, $size, true) as $index => $chunk) {
            yield $index => new static($chunk);
        }
    }

    public function offsetExists(mixed $offset): bool
    {
        return isset($this->items[$offset]);
    }

    public function offsetGet(mixed $offset): mixed
    {
        return $this->items[$offset] ?? throw new \OutOfBoundsException(sprintf('no item at offset %s', var_export($offset, true)));
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        if ($offset === null) {
            $this->items[] = $value;
        } else {
            $this->items[$offset] = $value;
        }
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->items[$offset]);
    }

    public function getIterator(): \Generator
    {
        yield from $this->items;
    }

    public function count(): int
    {
        return count($this->items);
    }

    public function jsonSerialize(): array
    {
        return $this->items;
    }
}
