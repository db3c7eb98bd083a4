<?php
declare(strict_types=1);

namespace App\Template;

final class ArrayLoader implements LoaderInterface, \Countable
{
    /** @param array<string, string> $templates */
    public function __construct(private array $templates = [])
    {
    }

    public function set(string $name, string $source): void
    {
        $this->templates[$name] = $source;
    }

    public function exists(string $name): bool
    {
        return isset($this->templates[$name]);
    }

    public function source(string $name): string
    {
        return $this->templates[$name] ?? throw new TemplateException(sprintf('template "%s" not found', $name), $name);
    }

    public function count(): int
    {
        return count($this->templates);
    }
}
