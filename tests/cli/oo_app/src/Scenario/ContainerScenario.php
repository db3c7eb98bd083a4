<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Container\Container;
use App\Container\ContainerException;
use App\Container\ContainerInterface;
use App\Container\MutableContainerInterface;
use App\Container\Scope;
use App\Domain\Discount\AbstractDiscount;
use App\Domain\Discount\DiscountPolicy;
use App\Domain\InvoiceService;
use App\Domain\Money;
use App\Domain\NumberGenerator;
use App\Exception\AppException;
use App\Listener\LineGuard;
use App\Support\Output;
use App\Support\Tracer;
use App\Template\Environment;

final class ContainerScenario extends AbstractScenario
{
    public const TITLE = 'Dependency injection container';

    public function __construct(private readonly Container $container)
    {
    }

    protected function perform(): void
    {
        $c = $this->container;
        Output::kv('ContainerInterface::VERSION', ContainerInterface::VERSION);
        Output::kv('DESCRIPTION (inherited const)', MutableContainerInterface::DESCRIPTION);
        Output::kv('SCOPES', array_map(static fn (Scope $s): string => $s->value, Container::SCOPES));
        Output::kv('containers created', Container::containersCreated());
        Output::kv('stats', $c->stats());
        $c->clearLog();

        $service = $c->get(InvoiceService::class);
        Output::kv('InvoiceService autowired', $service instanceof InvoiceService);
        Output::kv('InvoiceService shared?', $service === $c->get(InvoiceService::class));
        Output::kv('NumberGenerator shared (#[Singleton])', $c->get(NumberGenerator::class) === $c->get(NumberGenerator::class));
        Output::kv('NumberGenerator next number', $c->get(NumberGenerator::class)->peek());
        Output::kv('LineGuard factory: distinct', $c->get(LineGuard::class) !== $c->get(LineGuard::class));
        Output::kv('Environment singleton', $c->get(Environment::class) === $c[Environment::class]);
        Output::kv('alias ContainerInterface', $c->get(ContainerInterface::class) === $c);
        Output::kv('clock.today via ArrayAccess', $c['clock.today']);
        Output::kv('isset: today / Money / nope', [isset($c['clock.today']), isset($c[Money::class]), isset($c['nope'])]);

        $c['greeting'] = static fn (Container $c): string => 'hello from ' . $c->config('app.name');
        Output::kv('closure set through []=', $c['greeting']);
        $c['settings'] = ['mode' => 'test', 'retries' => 3];
        Output::kv('array wrapped in ArrayObject', $c['settings']->getArrayCopy());
        unset($c['settings']);
        Output::kv('after unset', isset($c['settings']));
        Output::kv('count($c)', count($c));

        Output::line('  resolution log:');
        foreach ($c->log() as $i => $entry) {
            Output::line('    %2d. %s', $i + 1, $entry);
        }
        $c->clearLog();

        $this->attempt('call(closure, [times: 3])', fn () => $c->call(
            function (NumberGenerator $numbers, #[\App\Container\Attribute\Inject('clock.today')] string $day, string $label = 'next', int $times = 1): string {
                return sprintf('%s=%d x%d on %s (scope %s)', $label, $numbers->peek(), $times, $day, static::class);
            },
            ['times' => 3],
        ));
        $this->attempt('call("Str::slug")', static fn () => $c->call('App\Support\Str::slug', ['s' => 'Hello, World -- Again!']));
        $this->attempt('call([$this, "describeEnvironment"])', fn () => $c->call([$this, 'describeEnvironment']));
        $this->attempt('call($this->describeEnvironment(...))', fn () => $c->call($this->describeEnvironment(...), ['prefix' => 'fcc']));
        $this->attempt('call(strtoupper(...))', static fn () => $c->call(strtoupper(...), ['string' => 'native']));

        $c->singleton('cycle.a', static fn (Container $c): mixed => $c->get('cycle.b'));
        $c->singleton('cycle.b', static fn (Container $c): mixed => $c->get('cycle.c'));
        $c->singleton('cycle.c', static fn (Container $c): mixed => $c->get('cycle.a'));
        $failures = [
            'missing.service' => 'missing.service',
            'unknown App class' => 'App\Nope\Thing',
            'unbound interface' => DiscountPolicy::class,
            'abstract class' => AbstractDiscount::class,
            'scalar parameter' => Tracer::class,
            'cycle' => 'cycle.a',
        ];
        foreach ($failures as $label => $id) {
            try {
                $c->get($id);
                Output::line('  %s: unexpectedly resolved', $label);
            } catch (ContainerException $e) {
                Output::line('  %s:', $label);
                foreach ($e->chain() as $depth => $link) {
                    Output::line('    %s%s', str_repeat('  ', $depth), AppException::describeAny($link));
                }
                Output::line('    context keys: %s', implode(',', array_keys($e->context())) ?: '(none)');
            }
        }
        Output::kv('has(cycle.a) after the failure', $c->has('cycle.a'));
        Output::line('  resolution log:');
        foreach ($c->log() as $i => $entry) {
            Output::line('    %2d. %s', $i + 1, $entry);
        }
        $this->attempt('alias to itself', static fn () => $c->alias('x', 'x'));
        Output::kv('stats', $c->stats());
    }

    public function describeEnvironment(Environment $env, string $prefix = 'env'): string
    {
        return sprintf('%s: strict=%s filters=%d', $prefix, var_export($env->strictVariables, true), count($env->filters()));
    }
}
