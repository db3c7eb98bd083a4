<?php
// Loaded by Composer's "files" autoload, before any class.
declare(strict_types=1);

function shop_money(int $cents, string $currency = 'EUR'): string
{
    return sprintf('%s %d.%02d', $currency, intdiv($cents, 100), $cents % 100);
}

function shop_banner(string $root): string
{
    return trim(file_get_contents($root . '/data/banner.txt'));
}

function shop_relative(string $root, string $path): string
{
    return str_starts_with($path, $root . '/') ? substr($path, strlen($root) + 1) : $path;
}

// A constant built from __DIR__ at compile time (libphp folds it into one string).
const SHOP_SRC = __DIR__ . '/';
