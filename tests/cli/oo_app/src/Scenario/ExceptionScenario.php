<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Container\CircularDependencyException;
use App\Container\Container;
use App\Container\ContainerException;
use App\Container\NotFoundException;
use App\Domain\CurrencyMismatch;
use App\Domain\InvalidInvoiceException;
use App\Domain\InvalidTransitionException;
use App\Domain\InvoiceStatus;
use App\Exception\AppException;
use App\Exception\AppThrowable;
use App\Support\Output;
use App\Support\Str;
use App\Template\RuntimeError;
use App\Template\SyntaxError;
use App\Template\TemplateException;

final class ExceptionScenario extends AbstractScenario
{
    public const TITLE = 'Exceptions: hierarchy, chaining, finally';

    /** @var list<string> */
    private array $steps = [];

    public function __construct(private readonly Container $container)
    {
    }

    protected function perform(): void
    {
        $classes = [
            NotFoundException::class, CircularDependencyException::class, ContainerException::class,
            SyntaxError::class, RuntimeError::class, TemplateException::class,
            InvalidTransitionException::class, CurrencyMismatch::class, InvalidInvoiceException::class,
        ];
        foreach ($classes as $class) {
            $parents = [];
            for ($parent = get_parent_class($class); $parent !== false; $parent = get_parent_class($parent)) {
                $parents[] = Str::shortClass($parent);
            }
            Output::line('  %-28s code %d  extends %s', Str::shortClass($class), $class::DEFAULT_CODE, implode(' < ', $parents));
        }
        Output::kv('AppThrowable::DOMAIN (final const)', AppThrowable::DOMAIN);

        $samples = [
            NotFoundException::forId('x'),
            InvalidTransitionException::between(InvoiceStatus::Paid, InvoiceStatus::Draft),
            new SyntaxError('bad', 'tpl', 4),
            new \LogicException('plain', 7),
            new \TypeError('type'),
        ];
        foreach ($samples as $e) {
            Output::line(
                '  %-26s AppThrowable=%s Container=%s Template=%s Runtime=%s Exception=%s Error=%s',
                Str::shortClass($e),
                $this->yes($e instanceof AppThrowable),
                $this->yes($e instanceof ContainerException),
                $this->yes($e instanceof TemplateException),
                $this->yes($e instanceof \RuntimeException),
                $this->yes($e instanceof \Exception),
                $this->yes($e instanceof \Error),
            );
        }

        try {
            $this->layered();
        } catch (AppException $e) {
            Output::line('  chain of a layered failure:');
            foreach ($e->chain() as $depth => $link) {
                Output::line(
                    '    %d %s code=%d line=%d file=%s "%s"',
                    $depth,
                    Str::shortClass($link),
                    $link->getCode(),
                    $link->getLine(),
                    basename($link->getFile()),
                    $link->getMessage(),
                );
            }
            Output::kv('innermost via getPrevious()', get_class($e->getPrevious()?->getPrevious() ?? $e));
            Output::kv('context', $e->context());
        }
        Output::kv('steps (try/catch/finally order)', $this->steps);
        Output::kv('finally overriding return', $this->finallyReturn());
        Output::kv('nested finally order', $this->nestedFinally());

        foreach ([0, 1, 2, 3, 4] as $case) {
            try {
                $this->raise($case);
                Output::line('  raise(%d): nothing thrown', $case);
            } catch (NotFoundException | CurrencyMismatch $e) {
                Output::line('  raise(%d): specific %s (code %d)', $case, Str::shortClass($e), $e->getCode());
            } catch (AppThrowable $e) {
                Output::line('  raise(%d): app %s (code %d)', $case, Str::shortClass($e), $e->getCode());
            } catch (\Throwable $e) {
                Output::line('  raise(%d): other %s "%s"', $case, $e::class, $e->getMessage());
            }
        }
        $this->attempt('intdiv(1, 0)', static fn () => intdiv(1, 0));
        $this->attempt('1 % 0', static fn () => 1 % 0);
        $this->attempt('strlen() with an array (strict types)', static fn () => strlen([]));
        $this->attempt('call an undefined method', fn () => $this->container->undefinedThing());
        $this->attempt('new on an interface', static fn () => new (AppThrowable::class)());
        $this->attempt('too few arguments', static fn () => new \App\Domain\Address('only one'));
        $this->attempt('unknown named argument', static fn () => new \App\Domain\Address(street: 'a', city: 'b', planet: 'c'));
        $this->attempt('AppException::create on a subclass', static fn () => CurrencyMismatch::create('made via static', ['k' => 'v'])->describe());
        $e = new InvalidInvoiceException('custom code', 4242);
        Output::kv('explicit code wins over DEFAULT_CODE', $e->getCode());
        Output::kv('getLine of exception created here', $e->getLine() > 0);
        Output::kv('json of context', json_encode(CurrencyMismatch::between(\App\Domain\Currency::EUR, \App\Domain\Currency::GBP)->context()));
    }

    private function yes(bool $b): string
    {
        return $b ? 'Y' : '-';
    }

    private function layered(): void
    {
        try {
            $this->steps[] = 'try outer';
            try {
                $this->steps[] = 'try inner';
                $this->container->get('does.not.exist');
            } catch (NotFoundException $e) {
                $this->steps[] = 'catch inner';
                throw new RuntimeError('rendering failed', 'layered', 12, $e);
            } finally {
                $this->steps[] = 'finally inner';
            }
        } catch (TemplateException $e) {
            $this->steps[] = 'catch outer';
            throw InvalidInvoiceException::create('could not produce the invoice', ['stage' => 'render'], $e);
        } finally {
            $this->steps[] = 'finally outer';
        }
    }

    private function finallyReturn(): string
    {
        try {
            return 'from try';
        } finally {
            $this->steps[] = 'finally before return';
        }
    }

    private function nestedFinally(): array
    {
        $log = [];
        foreach ([1, 2, 3] as $i) {
            try {
                try {
                    if ($i === 2) {
                        continue;
                    }
                    if ($i === 3) {
                        break;
                    }
                    $log[] = "body $i";
                } finally {
                    $log[] = "inner finally $i";
                }
            } finally {
                $log[] = "outer finally $i";
            }
        }
        return $log;
    }

    private function raise(int $case): void
    {
        match ($case) {
            0 => throw NotFoundException::forId('raise'),
            1 => throw CurrencyMismatch::between(\App\Domain\Currency::USD, \App\Domain\Currency::JPY),
            2 => throw new SyntaxError('raised', 'raise', 2),
            3 => throw new \UnexpectedValueException('plain spl'),
            default => null,
        };
    }
}
