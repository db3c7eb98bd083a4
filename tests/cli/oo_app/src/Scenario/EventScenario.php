<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Event\AbstractEvent;
use App\Event\EventDispatcher;
use App\Event\EventInterface;
use App\Event\InvoiceCreated;
use App\Event\InvoiceFinalized;
use App\Event\InvoiceStatusChanged;
use App\Event\LineItemAdded;
use App\Event\Priority;
use App\Event\StoppableEventInterface;
use App\Event\TemplateRendered;
use App\Event\TemplateRendering;
use App\Listener\AuditTrail;
use App\Listener\NotifyCustomer;
use App\Support\Output;
use App\Support\Str;

final class EventScenario extends AbstractScenario
{
    public const TITLE = 'Event dispatcher: priorities, stoppable events, callables';

    private int $localCalls = 0;

    public function __construct(private readonly EventDispatcher $events, private readonly AuditTrail $audit)
    {
    }

    protected function perform(): void
    {
        $classes = [InvoiceCreated::class, LineItemAdded::class, InvoiceStatusChanged::class, InvoiceFinalized::class, TemplateRendering::class, TemplateRendered::class];
        foreach ($classes as $class) {
            Output::line('  listeners for %s:', Str::shortClass($class));
            foreach ($this->events->listenersFor($class) as $i => $label) {
                Output::line('    %d. %s', $i + 1, $label);
            }
        }

        Output::line('  callable labels:');
        $callables = [
            'closure' => function (): void {
            },
            'static closure' => static function (): void {
            },
            'arrow fn' => fn (): int => $this->localCalls,
            'method fcc' => $this->audit->reset(...),
            'static fcc' => Str::title(...),
            'native fcc' => strlen(...),
            'fromCallable string' => \Closure::fromCallable('App\Support\Str::slug'),
            'fromCallable array' => \Closure::fromCallable([$this, 'localListener']),
            'invokable object' => \Closure::fromCallable(new NotifyCustomer()),
        ];
        foreach ($callables as $label => $callable) {
            Output::line('    %-20s %s', $label, EventDispatcher::describeCallable($callable));
        }

        $local = new EventDispatcher();
        $order = [];
        $make = static function (string $name, bool $stop = false) use (&$order): \Closure {
            return static function (EventInterface $event) use ($name, $stop, &$order): void {
                $order[] = $name;
                if ($stop && $event instanceof AbstractEvent) {
                    $event->stopPropagation();
                }
            };
        };
        $local->listen(TemplateRendering::class, $make('normal-1'), label: 'normal-1');
        $local->listen(TemplateRendering::class, $make('low'), Priority::Low->value, 'low');
        $local->listen(StoppableEventInterface::class, $make('high-via-interface'), Priority::High->value, 'high-via-interface');
        $local->listen(TemplateRendering::class, $make('normal-2'), label: 'normal-2');
        $local->listen(EventInterface::class, $make('monitor', false), Priority::Monitor->value, 'monitor');
        $local->listen(TemplateRendering::class, $make('normal-3-stops', true), 0, 'normal-3-stops');
        $local->listen(TemplateRendering::class, $this->localListener(...), 50, 'localListener');

        $event = $local->dispatch(new TemplateRendering('local', ['a' => 1]));
        Output::kv('call order', $order);
        Output::kv('stopped', $event->isPropagationStopped());
        Output::kv('handlers recorded', $event->handlers());
        Output::kv('variables after listeners', $event->variables);
        Output::kv('event name', $event->eventName());
        $order = [];
        $rendered = $local->dispatch(new TemplateRendered('local', 10, 2));
        Output::kv('non-stoppable event order', $order);
        Output::kv('non-stoppable event name', $rendered->eventName());
        Output::line('  local history:');
        foreach ($local->history() as $line) {
            Output::line('    %s', $line);
        }

        $blocked = $this->events->dispatch(new TemplateRendering('blocked', []));
        Output::kv('app: blocked template override', $blocked->override);
        Output::kv('app: handlers', $blocked->handlers());
        Output::kv('audit entries so far', count($this->audit));
    }

    public function localListener(TemplateRendering $event): void
    {
        $this->localCalls++;
        $event->variables['touched_by'] = __FUNCTION__;
        $event->variables['calls'] = $this->localCalls;
    }
}
