<?php
declare(strict_types=1);

namespace App\Exception;

use App\Support\Str;

abstract class AppException extends \RuntimeException implements AppThrowable
{
    public const DEFAULT_CODE = 1000;

    /** @param array<string, mixed> $context */
    public function __construct(string $message = '', int $code = 0, ?\Throwable $previous = null, protected array $context = [])
    {
        parent::__construct($message, $code === 0 ? static::DEFAULT_CODE : $code, $previous);
    }

    public static function create(string $message, array $context = [], ?\Throwable $previous = null): static
    {
        return new static($message, 0, $previous, $context);
    }

    public function context(): array
    {
        return $this->context;
    }

    public function describe(): string
    {
        return sprintf(
            '%s(code=%d) "%s" at %s:%d',
            Str::shortClass($this),
            $this->getCode(),
            $this->getMessage(),
            basename($this->getFile()),
            $this->getLine(),
        );
    }

    /** @return \Generator<int, \Throwable> the exception and its previous ones, outermost first */
    public function chain(): \Generator
    {
        $depth = 0;
        for ($e = $this; $e !== null; $e = $e->getPrevious()) {
            yield $depth++ => $e;
        }
    }

    public static function describeAny(\Throwable $e): string
    {
        return $e instanceof AppThrowable
            ? $e->describe()
            : sprintf('%s(code=%d) "%s" at %s:%d', $e::class, $e->getCode(), self::withoutDirectories($e->getMessage()), basename($e->getFile()), $e->getLine());
    }

    /** PHP puts absolute file names in some messages ("passed in /a/b/c.php on line 3"). */
    public static function withoutDirectories(string $message): string
    {
        return (string) preg_replace('~(?<![\w.])/(?:[^/\s]+/)+([^/\s]+)~', '$1', $message);
    }
}
