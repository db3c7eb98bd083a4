<?php
declare(strict_types=1);

namespace App\Template;

use App\Event\EventDispatcher;
use App\Event\TemplateRendered;
use App\Event\TemplateRendering;

/**
 * Loads, compiles (lex + parse, cached by name) and renders templates.
 */
final class Environment
{
    /** @var array<string, Template> */
    private array $cache = [];

    /** @var list<string> */
    private array $stack = [];

    /** @var array{compiled: int, hits: int, renders: int} */
    private array $stats = ['compiled' => 0, 'hits' => 0, 'renders' => 0];

    public function __construct(
        private readonly LoaderInterface $loader,
        private readonly FilterRegistry $filters,
        private readonly ?EventDispatcher $events = null,
        private readonly Lexer $lexer = new Lexer(),
        private readonly Parser $parser = new Parser(),
        public readonly bool $strictVariables = true,
    ) {
    }

    public function filters(): FilterRegistry
    {
        return $this->filters;
    }

    public function load(string $name): Template
    {
        if (isset($this->cache[$name])) {
            $this->stats['hits']++;
            return $this->cache[$name];
        }
        return $this->cache[$name] = $this->compile($this->loader->source($name), $name);
    }

    public function compile(string $source, string $name = 'inline'): Template
    {
        $this->stats['compiled']++;
        $stream = $this->lexer->tokenize($source, $name);
        return new Template($name, $this->parser->parse($stream), count($stream));
    }

    /** @param array<string, mixed> $variables */
    public function render(string $name, array $variables = []): string
    {
        $event = $this->events?->dispatch(new TemplateRendering($name, $variables));
        if ($event?->override !== null) {
            return $event->override;
        }
        $this->stats['renders']++;
        $output = $this->load($name)->render(new Context($event->variables ?? $variables), $this);
        $this->events?->dispatch(new TemplateRendered($name, strlen($output), substr_count($output, "\n")));
        return $output;
    }

    public function renderString(string $source, array $variables = []): string
    {
        return $this->compile($source)->render(new Context($variables), $this);
    }

    public function enter(string $name): void
    {
        if (count(array_keys($this->stack, $name, true)) >= 3) {
            throw new RuntimeError('recursion limit reached including "' . $name . '"', $name, 0);
        }
        $this->stack[] = $name;
    }

    public function leave(): void
    {
        array_pop($this->stack);
    }

    public function currentTemplate(): string
    {
        return $this->stack === [] ? 'inline' : $this->stack[array_key_last($this->stack)];
    }

    /** @return array{compiled: int, hits: int, renders: int} */
    public function stats(): array
    {
        return $this->stats;
    }

    public static function stringify(mixed $value): string
    {
        return match (true) {
            $value === null => '',
            is_bool($value) => $value ? 'true' : 'false',
            is_string($value) => $value,
            is_int($value) => (string) $value,
            is_float($value) => rtrim(rtrim(sprintf('%.4F', $value), '0'), '.'),
            $value instanceof \BackedEnum => (string) $value->value,
            $value instanceof \UnitEnum => $value->name,
            $value instanceof \Stringable => (string) $value,
            is_array($value) => throw new \UnexpectedValueException('cannot print an array of ' . count($value) . ' item(s)'),
            default => throw new \UnexpectedValueException('cannot print ' . get_debug_type($value)),
        };
    }

    public static function truthy(mixed $value): bool
    {
        return match (true) {
            $value instanceof \Countable => count($value) > 0,
            is_object($value) => true,
            default => (bool) $value,
        };
    }
}
