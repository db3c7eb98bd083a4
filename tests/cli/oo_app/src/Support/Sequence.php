<?php
declare(strict_types=1);

namespace App\Support;

/**
 * Generator helpers: keyed yields, yield from (with return values) and send().
 */
final class Sequence
{
    /** @return \Generator<string, int> */
    public static function letters(int $count): \Generator
    {
        for ($i = 0; $i < $count; $i++) {
            yield chr(ord('a') + $i) => $i * $i;
        }
        return $count;
    }

    public static function flatten(iterable $items, string $prefix = ''): \Generator
    {
        $leaves = 0;
        foreach ($items as $key => $value) {
            $path = $prefix === '' ? (string) $key : $prefix . '.' . $key;
            if (is_iterable($value)) {
                $leaves += yield from self::flatten($value, $path);
            } else {
                $leaves++;
                yield $path => $value;
            }
        }
        return $leaves;
    }

    /** Receives numbers through send() and yields the running average. */
    public static function runningAverage(): \Generator
    {
        $sum = 0;
        $count = 0;
        $average = null;
        while (true) {
            $value = yield $count => $average;
            if ($value === null) {
                return $sum;
            }
            $sum += $value;
            $count++;
            $average = intdiv($sum * 100, $count) / 100;
        }
    }

    public static function take(iterable $items, int $limit): \Generator
    {
        if ($limit <= 0) {
            return;
        }
        foreach ($items as $key => $value) {
            yield $key => $value;
            if (--$limit === 0) {
                return;
            }
        }
    }

    public static function naturals(int $from = 1): \Generator
    {
        for ($n = $from; ; $n++) {
            yield $n;
        }
    }

    public static function mapKeys(iterable $items, callable $fn): \Generator
    {
        foreach ($items as $key => $value) {
            yield $fn($key, $value) => $value;
        }
    }
}
