<?php
declare(strict_types=1);

namespace App\Container;

use App\Container\Attribute\ConfigValue;
use App\Container\Attribute\Inject;
use App\Container\Attribute\Singleton;
use App\Support\Str;

/**
 * A small dependency-injection container: explicit definitions (shared or factory closures),
 * instances, aliases, and autowiring of constructor parameters through reflection.
 */
final class Container implements MutableContainerInterface, \ArrayAccess, \Countable
{
    /** @var array<string, Definition> */
    private array $definitions = [];

    /** @var array<string, object|mixed> */
    private array $instances = [];

    /** @var array<string, string> */
    private array $aliases = [];

    /** @var array<string, true> ids being resolved, in order, to detect cycles */
    private array $resolving = [];

    /** @var list<string> */
    private array $log = [];

    private static int $containers = 0;

    /** @param array<string, mixed> $config */
    public function __construct(private array $config = [])
    {
        self::$containers++;
        $this->instance(self::class, $this);
        $this->alias(ContainerInterface::class, self::class);
        $this->alias(MutableContainerInterface::class, self::class);
    }

    public static function containersCreated(): int
    {
        return self::$containers;
    }

    public function singleton(string $id, \Closure|string|null $concrete = null): static
    {
        $this->definitions[$id] = new Definition($id, $this->normalize($id, $concrete), Scope::Shared);
        unset($this->instances[$id]);
        return $this;
    }

    public function factory(string $id, \Closure $factory): static
    {
        $this->definitions[$id] = new Definition($id, $factory, Scope::Factory);
        return $this;
    }

    public function instance(string $id, object $object): static
    {
        $this->instances[$id] = $object;
        return $this;
    }

    public function alias(string $alias, string $id): static
    {
        if ($alias === $id) {
            throw ContainerException::create(sprintf('"%s" cannot alias itself', $alias));
        }
        $this->aliases[$alias] = $id;
        return $this;
    }

    public function config(string $key, mixed $default = null): mixed
    {
        return $this->config[$key] ?? $default;
    }

    public function has(string $id): bool
    {
        $id = $this->resolveAlias($id);
        return isset($this->instances[$id]) || isset($this->definitions[$id]) || class_exists($id);
    }

    public function get(string $id): mixed
    {
        $id = $this->resolveAlias($id);
        if (array_key_exists($id, $this->instances)) {
            $this->log[] = 'reuse ' . Str::shortClass($id);
            return $this->instances[$id];
        }
        if (isset($this->resolving[$id])) {
            throw CircularDependencyException::forChain([...array_keys($this->resolving), $id]);
        }
        $this->resolving[$id] = true;
        try {
            $definition = $this->definitions[$id] ?? null;
            if ($definition !== null) {
                $this->log[] = sprintf('%s %s', $definition->scope->value, Str::shortClass($id));
                $value = ($definition->factory)($this, $id);
                $shared = $definition->scope->isShared();
            } else {
                $value = $this->autowire($id);
                $shared = $this->isSingletonClass($id);
            }
        } finally {
            unset($this->resolving[$id]);
        }
        if ($shared) {
            $this->instances[$id] = $value;
        }
        return $value;
    }

    /**
     * Calls any callable, resolving its parameters like constructor parameters; $given
     * supplies parameters by name.
     */
    public function call(callable $callable, array $given = []): mixed
    {
        $closure = \Closure::fromCallable($callable);
        $reflection = new \ReflectionFunction($closure);
        $args = $this->resolveParameters($reflection, $given, $reflection->getName());
        return $closure(...$args);
    }

    /** @return list<string> */
    public function log(): array
    {
        return $this->log;
    }

    public function clearLog(): void
    {
        $this->log = [];
    }

    private function resolveAlias(string $id): string
    {
        $seen = [];
        while (isset($this->aliases[$id])) {
            if (isset($seen[$id])) {
                throw ContainerException::create('alias loop at ' . $id);
            }
            $seen[$id] = true;
            $id = $this->aliases[$id];
        }
        return $id;
    }

    private function normalize(string $id, \Closure|string|null $concrete): \Closure
    {
        return match (true) {
            $concrete instanceof \Closure => $concrete,
            is_string($concrete) => fn (Container $c): mixed => $c->autowire($concrete),
            default => fn (Container $c): mixed => $c->autowire($id),
        };
    }

    private function isSingletonClass(string $class): bool
    {
        return (new \ReflectionClass($class))->getAttributes(Singleton::class) !== [];
    }

    private function autowire(string $class): object
    {
        if (!class_exists($class)) {
            throw interface_exists($class)
                ? ContainerException::create(sprintf('interface %s has no binding', $class), ['id' => $class])
                : NotFoundException::forId($class);
        }
        $reflection = new \ReflectionClass($class);
        if (!$reflection->isInstantiable()) {
            throw ContainerException::create(sprintf('%s is not instantiable', $class), ['id' => $class]);
        }
        $this->log[] = 'autowire ' . $reflection->getShortName();
        $constructor = $reflection->getConstructor();
        if ($constructor === null) {
            return $reflection->newInstance();
        }
        try {
            return $reflection->newInstanceArgs($this->resolveParameters($constructor, [], $class));
        } catch (ContainerException $e) {
            if ($e instanceof CircularDependencyException) {
                throw $e;
            }
            throw ContainerException::create(sprintf('cannot build %s', $reflection->getShortName()), ['id' => $class], $e);
        }
    }

    /** @return array<string, mixed> arguments by parameter name */
    private function resolveParameters(\ReflectionFunctionAbstract $function, array $given, string $owner): array
    {
        $args = [];
        foreach ($function->getParameters() as $parameter) {
            $name = $parameter->getName();
            if (array_key_exists($name, $given)) {
                $args[$name] = $given[$name];
                continue;
            }
            foreach ($parameter->getAttributes(Inject::class) as $attribute) {
                $args[$name] = $this->get($attribute->newInstance()->id);
                continue 2;
            }
            foreach ($parameter->getAttributes(ConfigValue::class) as $attribute) {
                $config = $attribute->newInstance();
                $args[$name] = $this->config[$config->key] ?? $config->default;
                continue 2;
            }
            $type = $parameter->getType();
            $candidates = match (true) {
                $type instanceof \ReflectionNamedType => [$type],
                $type instanceof \ReflectionUnionType => $type->getTypes(),
                default => [],
            };
            foreach ($candidates as $candidate) {
                $typeName = $candidate instanceof \ReflectionNamedType && !$candidate->isBuiltin() ? $candidate->getName() : null;
                if ($typeName !== null && !enum_exists($typeName) && $this->has($typeName)) {
                    $args[$name] = $this->get($typeName);
                    continue 2;
                }
            }
            if ($parameter->isDefaultValueAvailable()) {
                $args[$name] = $parameter->getDefaultValue();
                continue;
            }
            if ($type !== null && $type->allowsNull()) {
                $args[$name] = null;
                continue;
            }
            throw ContainerException::create(sprintf(
                'cannot resolve parameter #%d $%s (%s) of %s',
                $parameter->getPosition(),
                $name,
                $type ?? 'untyped',
                Str::shortClass($owner),
            ));
        }
        return $args;
    }

    public function offsetExists(mixed $offset): bool
    {
        return $this->has((string) $offset);
    }

    public function offsetGet(mixed $offset): mixed
    {
        return $this->get((string) $offset);
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        if ($value instanceof \Closure) {
            $this->singleton((string) $offset, $value);
        } else {
            $this->instance((string) $offset, is_object($value) ? $value : new \ArrayObject((array) $value));
        }
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->definitions[$offset], $this->instances[$offset]);
    }

    public function count(): int
    {
        return count($this->definitions + $this->instances);
    }

    /** Drops every entry (breaking the container's reference cycles); returns how many there were. */
    public function reset(): int
    {
        $dropped = count($this->definitions) + count($this->instances) + count($this->aliases);
        $this->definitions = $this->instances = $this->aliases = $this->log = [];
        return $dropped;
    }

    /** @return array{definitions: int, instances: int, aliases: int} */
    public function stats(): array
    {
        return ['definitions' => count($this->definitions), 'instances' => count($this->instances), 'aliases' => count($this->aliases)];
    }
}
