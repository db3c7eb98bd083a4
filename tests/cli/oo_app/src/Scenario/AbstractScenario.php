<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Exception\AppException;
use App\Support\Output;

/**
 * A numbered section of the run. Subclasses name themselves with TITLE and do their work in
 * perform().
 */
abstract class AbstractScenario
{
    public const TITLE = 'untitled';

    /** @var list<string> */
    private static array $completed = [];

    abstract protected function perform(): void;

    final public function run(): void
    {
        Output::section(static::TITLE);
        $this->perform();
        self::$completed[] = static::TITLE;
    }

    /** @return list<string> */
    public static function completed(): array
    {
        return self::$completed;
    }

    /** Runs $fn and prints its result, or the exception it threw. */
    protected function attempt(string $label, callable $fn): mixed
    {
        try {
            $result = $fn();
            Output::line('  %s => %s', $label, Output::describe($result));
            return $result;
        } catch (\Throwable $e) {
            Output::line('  %s !! %s', $label, AppException::describeAny($e));
            return null;
        }
    }

    protected function capture(callable $fn): string
    {
        ob_start();
        try {
            $fn();
        } finally {
            $captured = ob_get_clean();
        }
        return $captured;
    }
}
