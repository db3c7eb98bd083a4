<?php
declare(strict_types=1);

namespace App;

use App\Container\Container;
use App\Domain\Discount\AbstractDiscount;
use App\Domain\Invoice;
use App\Event\EventDispatcher;
use App\Event\EventInterface;
use App\Event\InvoiceCreated;
use App\Event\InvoiceFinalized;
use App\Event\LineItemAdded;
use App\Event\TemplateRendered;
use App\Event\TemplateRendering;
use App\Listener\AuditTrail;
use App\Listener\LineGuard;
use App\Listener\NotifyCustomer;
use App\Report\Templates;
use App\Scenario\AbstractScenario;
use App\Support\Output;
use App\Support\Str;
use App\Support\Tracer;
use App\Template\ArrayLoader;
use App\Template\Extension\CoreFilters;
use App\Template\FilterRegistry;
use App\Template\LoaderInterface;

/**
 * Wires the container and the event listeners, then runs the scenarios in order.
 */
final class Application
{
    public const NAME = 'oo_app';

    private const SCENARIOS = [
        Scenario\EnumScenario::class,
        Scenario\ContainerScenario::class,
        Scenario\EventScenario::class,
        Scenario\InvoiceScenario::class,
        Scenario\TemplateScenario::class,
        Scenario\SerializationScenario::class,
        Scenario\LanguageScenario::class,
        Scenario\GeneratorScenario::class,
        Scenario\LifetimeScenario::class,
        Scenario\ReflectionScenario::class,
        Scenario\ExceptionScenario::class,
    ];

    private readonly Container $container;

    private int $invoicesCreated = 0;

    private int $bytesRendered = 0;

    private ?Tracer $tracer;

    public function __construct()
    {
        $this->tracer = new Tracer('application');
        $this->container = new Container([
            'app.name' => self::NAME,
            'invoice.prefix' => 'INV-2024',
            'invoice.start' => 7,
        ]);
        $this->registerServices($this->container);
    }

    public function __destruct()
    {
        Output::line('Application destroyed after %d invoice(s) and %d rendered byte(s)', $this->invoicesCreated, $this->bytesRendered);
    }

    private function registerServices(Container $c): void
    {
        $c->singleton('clock.today', static fn (): string => '2024-03-31');
        $c->singleton(ArrayLoader::class, static fn (): ArrayLoader => new ArrayLoader(Templates::all()));
        $c->alias(LoaderInterface::class, ArrayLoader::class);
        $c->singleton(FilterRegistry::class, static function (Container $c): FilterRegistry {
            $filters = new FilterRegistry();
            $filters->addExtension($c->get(CoreFilters::class));
            $filters
                ->add('upper', strtoupper(...))
                ->add('lower', 'strtolower')
                ->add('title', Str::title(...))
                ->add('slug', [Str::class, 'slug'])
                ->add('reverse', static fn (string|array $v): string|array => is_array($v) ? array_reverse($v) : strrev($v));
            return $filters;
        });
        $c->singleton(\App\Template\Environment::class);
        $c->factory(LineGuard::class, static fn (): LineGuard => new LineGuard(['BANNED-1', 'X-999']));
        $c->singleton(EventDispatcher::class, function (Container $c): EventDispatcher {
            $dispatcher = new EventDispatcher();
            $this->wireListeners($dispatcher, $c);
            return $dispatcher;
        });
    }

    private function wireListeners(EventDispatcher $dispatcher, Container $c): void
    {
        $subscribed = $dispatcher->subscribe($c->get(AuditTrail::class));
        $dispatcher
            ->listen(LineItemAdded::class, $c->get(LineGuard::class)->check(...), EventInterface::PRIORITY_HIGH)
            ->listen(InvoiceFinalized::class, $c->get(NotifyCustomer::class))
            ->listen(InvoiceCreated::class, \Closure::fromCallable([$this, 'onInvoiceCreated']), 10)
            ->listen(InvoiceCreated::class, function (InvoiceCreated $event): void {
                $this->invoicesCreated++;
                $event->invoice->notes = sprintf('invoice #%d of this run', $this->invoicesCreated);
            })
            ->listen(TemplateRendering::class, static function (TemplateRendering $event): void {
                if ($event->template === 'blocked') {
                    $event->override = "This template is blocked by a listener.\n";
                    $event->stopPropagation();
                }
            }, EventInterface::PRIORITY_HIGH, 'template blocker')
            ->listen(TemplateRendering::class, [self::class, 'stampTemplate'])
            ->listen(TemplateRendered::class, $this->countBytes(...), EventInterface::PRIORITY_LOW);
        Output::line('wired %d attribute listener(s) and 7 explicit ones', $subscribed);
    }

    private function onInvoiceCreated(InvoiceCreated $event): void
    {
        Output::line('  [event] invoice opened for %s in %s', $event->invoice->customer->name, $event->invoice->currency->label());
    }

    public static function stampTemplate(TemplateRendering $event): void
    {
        $event->variables['rendered_by'] = self::NAME;
    }

    private function countBytes(TemplateRendered $event): void
    {
        $this->bytesRendered += $event->bytes;
    }

    public function run(): int
    {
        foreach (self::SCENARIOS as $class) {
            $scenario = $this->container->get($class);
            assert($scenario instanceof AbstractScenario);
            $scenario->run();
        }
        $this->tracer = null;

        Output::section('Summary');
        Output::kv('scenarios completed', count(AbstractScenario::completed()));
        Output::kv('invoices created (listener)', $this->invoicesCreated);
        Output::kv('Invoice instances (trait counter)', Invoice::instancesCreated());
        Output::kv('discount evaluations', AbstractDiscount::evaluations());
        Output::kv('bytes rendered (listener)', $this->bytesRendered);
        Output::kv('container stats', $this->container->stats());
        $history = $this->container->get(EventDispatcher::class)->history();
        Output::kv('dispatcher history entries', count($history));
        $byEvent = [];
        foreach ($history as $entry) {
            $name = strstr($entry, ':', true);
            $byEvent[$name] = ($byEvent[$name] ?? 0) + 1;
        }
        ksort($byEvent);
        foreach ($byEvent as $name => $count) {
            Output::line('    %-40s %3d', $name, $count);
        }
        Output::kv('tracers alive', Tracer::alive());
        Output::kv('output stats before this line', Output::stats());
        Output::kv('container entries dropped', $this->container->reset());
        return 0;
    }
}
