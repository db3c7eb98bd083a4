<?php
declare(strict_types=1);

namespace App\Support;

/**
 * Prints when it is created and destroyed, to show when PHP releases objects.
 */
final class Tracer
{
    private static int $alive = 0;

    /** @var list<string> */
    public static array $journal = [];

    public function __construct(public readonly string $name, private readonly bool $quiet = false)
    {
        self::$alive++;
        $this->note('created');
    }

    public function __destruct()
    {
        self::$alive--;
        $this->note('released');
    }

    public static function alive(): int
    {
        return self::$alive;
    }

    private function note(string $what): void
    {
        self::$journal[] = $this->name . ':' . $what;
        if (!$this->quiet) {
            Output::line('  [tracer] %s %s (alive: %d)', $this->name, $what, self::$alive);
        }
    }
}
