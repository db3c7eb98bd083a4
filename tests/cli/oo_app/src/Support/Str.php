<?php
declare(strict_types=1);

namespace App\Support;

/**
 * String helpers. A few native functions are reachable through __callStatic (Str::upper()).
 *
 * @method static string upper(string $s)
 * @method static string lower(string $s)
 * @method static string reverse(string $s)
 * @method static int length(string $s)
 */
final class Str
{
    private const NATIVE = [
        'upper' => 'strtoupper',
        'lower' => 'strtolower',
        'reverse' => 'strrev',
        'length' => 'strlen',
        'trim' => 'trim',
    ];

    public static int $magicCalls = 0;

    public static function __callStatic(string $name, array $arguments): mixed
    {
        static::$magicCalls++;
        $native = self::NATIVE[$name]
            ?? throw new \BadMethodCallException(sprintf('Call to undefined method %s::%s()', self::class, $name));
        return $native(...$arguments);
    }

    public static function title(string $s): string
    {
        return ucwords(strtolower($s));
    }

    public static function slug(string $s): string
    {
        return trim((string) preg_replace('/[^a-z0-9]+/', '-', strtolower($s)), '-');
    }

    public static function snake(string $s): string
    {
        return strtolower((string) preg_replace('/(?<!^)[A-Z]/', '_$0', $s));
    }

    public static function shortClass(string|object $class): string
    {
        $name = is_object($class) ? $class::class : $class;
        $pos = strrpos($name, '\\');
        return $pos === false ? $name : substr($name, $pos + 1);
    }

    public static function pad(string $s, int $width, string $align = 'left'): string
    {
        return match ($align) {
            'left' => str_pad($s, $width),
            'right' => str_pad($s, $width, ' ', STR_PAD_LEFT),
            'center' => str_pad($s, $width, ' ', STR_PAD_BOTH),
            default => throw new \InvalidArgumentException("unknown alignment $align"),
        };
    }

    public static function truncate(string $s, int $max, string $ellipsis = '...'): string
    {
        return strlen($s) <= $max ? $s : substr($s, 0, max(0, $max - strlen($ellipsis))) . $ellipsis;
    }

    public static function formatCents(int $cents, int $decimals, string $symbol, bool $symbolFirst): string
    {
        $negative = $cents < 0;
        $cents = abs($cents);
        $unit = 10 ** $decimals;
        $whole = number_format(intdiv($cents, $unit), 0, '.', ',');
        $number = $decimals > 0 ? $whole . '.' . str_pad((string) ($cents % $unit), $decimals, '0', STR_PAD_LEFT) : $whole;
        $text = $symbolFirst ? $symbol . $number : $number . ' ' . $symbol;
        return $negative ? '-' . $text : $text;
    }
}
