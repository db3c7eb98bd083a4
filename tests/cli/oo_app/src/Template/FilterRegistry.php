<?php
declare(strict_types=1);

namespace App\Template;

use App\Support\Str;
use App\Template\Attribute\AsFilter;

/**
 * Named filters. Any callable is accepted and stored as a Closure; extension objects contribute
 * their methods marked #[AsFilter].
 */
final class FilterRegistry implements \Countable, \IteratorAggregate
{
    /** @var array<string, array{\Closure, bool}> closure and whether it wants the Environment */
    private array $filters = [];

    /** @var array<string, int> */
    private array $usage = [];

    public function add(string $name, callable $filter, bool $needsEnvironment = false): static
    {
        $this->filters[$name] = [$filter instanceof \Closure ? $filter : \Closure::fromCallable($filter), $needsEnvironment];
        return $this;
    }

    public function addExtension(object $extension): int
    {
        $count = 0;
        foreach ((new \ReflectionClass($extension))->getMethods() as $method) {
            foreach ($method->getAttributes(AsFilter::class) as $attribute) {
                $config = $attribute->newInstance();
                $this->add($config->name, $method->getClosure($extension), $config->needsEnvironment);
                $count++;
            }
        }
        return $count;
    }

    public function has(string $name): bool
    {
        return isset($this->filters[$name]);
    }

    public function apply(string $name, mixed $value, array $arguments, Environment $env, int $line): mixed
    {
        [$filter, $needsEnvironment] = $this->filters[$name]
            ?? throw new RuntimeError(sprintf('unknown filter "%s"', $name), $env->currentTemplate(), $line);
        $this->usage[$name] = ($this->usage[$name] ?? 0) + 1;
        try {
            return $needsEnvironment ? $filter($env, $value, ...$arguments) : $filter($value, ...$arguments);
        } catch (TemplateException $e) {
            throw $e;
        } catch (\TypeError|\ValueError|\ArgumentCountError $e) {
            throw new RuntimeError(sprintf('filter "%s" failed: %s', $name, Str::shortClass($e)), $env->currentTemplate(), $line, $e);
        }
    }

    /** @return array<string, int> */
    public function usage(): array
    {
        $usage = $this->usage;
        ksort($usage);
        return $usage;
    }

    public function count(): int
    {
        return count($this->filters);
    }

    /** @return \Generator<string, string> filter name => where it comes from */
    public function getIterator(): \Generator
    {
        $names = array_keys($this->filters);
        sort($names);
        foreach ($names as $name) {
            $reflection = new \ReflectionFunction($this->filters[$name][0]);
            $scope = $reflection->getClosureScopeClass();
            yield $name => match (true) {
                str_contains($reflection->getName(), '{closure}') => 'closure',
                $scope !== null => $scope->getShortName() . '::' . $reflection->getName(),
                default => $reflection->getName(),
            };
        }
    }
}
