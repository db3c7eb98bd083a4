<?php
declare(strict_types=1);

namespace App\Support;

/**
 * Static output helpers: numbered section headings and aligned key/value lines.
 */
final class Output
{
    private static int $sections = 0;
    private static int $lines = 0;

    private function __construct()
    {
    }

    public static function section(string $title): void
    {
        self::$sections++;
        $heading = sprintf('%02d. %s', self::$sections, $title);
        echo "\n", $heading, "\n", str_repeat('=', strlen($heading)), "\n";
    }

    public static function line(string $format, mixed ...$args): void
    {
        self::$lines++;
        echo $args === [] ? $format : vsprintf($format, $args), "\n";
    }

    public static function kv(string $key, mixed $value): void
    {
        self::line('  %-34s %s', $key . ':', self::describe($value));
    }

    public static function block(string $title, string $text): void
    {
        self::line('  --- %s ---', $title);
        foreach (explode("\n", rtrim($text, "\n")) as $row) {
            self::line('  | %s', $row);
        }
    }

    public static function describe(mixed $value): string
    {
        return match (true) {
            $value === null => 'null',
            is_bool($value) => $value ? 'true' : 'false',
            is_int($value), is_float($value) => var_export($value, true),
            is_string($value) => '"' . addcslashes($value, "\n\t\"") . '"',
            is_array($value) && array_is_list($value) => '[' . implode(', ', array_map(self::describe(...), $value)) . ']',
            is_array($value) => '{' . implode(', ', array_map(
                static fn (string|int $k, mixed $v): string => $k . ': ' . self::describe($v),
                array_keys($value),
                $value,
            )) . '}',
            $value instanceof \UnitEnum => Str::shortClass($value) . '::' . $value->name,
            $value instanceof \Stringable => (string) $value,
            $value instanceof \Closure => 'Closure',
            default => 'object(' . Str::shortClass($value) . ')',
        };
    }

    /** @return array{sections: int, lines: int} */
    public static function stats(): array
    {
        return ['sections' => self::$sections, 'lines' => self::$lines];
    }
}
