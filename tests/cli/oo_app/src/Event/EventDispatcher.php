<?php
declare(strict_types=1);

namespace App\Event;

use App\Container\Attribute\Singleton;
use App\Event\Attribute\AsListener;
use App\Support\Str;

/**
 * Dispatches events to listeners registered for the event's class, a parent class or an
 * interface it implements; higher priority first, then registration order.
 */
#[Singleton]
final class EventDispatcher
{
    /** @var array<string, list<ListenerEntry>> */
    private array $listeners = [];

    private int $sequence = 0;

    /** @var list<string> */
    private array $history = [];

    public function listen(string $eventClass, callable $listener, int $priority = EventInterface::PRIORITY_NORMAL, ?string $label = null): static
    {
        $closure = $listener instanceof \Closure ? $listener : \Closure::fromCallable($listener);
        $this->listeners[$eventClass][] = new ListenerEntry(
            $eventClass,
            $closure,
            $priority,
            $this->sequence++,
            $label ?? self::describeCallable($closure),
        );
        return $this;
    }

    /** Registers every public method carrying #[AsListener]. */
    public function subscribe(object $subscriber): int
    {
        $added = 0;
        $reflection = new \ReflectionObject($subscriber);
        foreach ($reflection->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
            foreach ($method->getAttributes(AsListener::class) as $attribute) {
                $config = $attribute->newInstance();
                $event = $config->event ?? self::firstParameterClass($method);
                $this->listen(
                    $event,
                    $method->getClosure($subscriber),
                    $config->priority,
                    $reflection->getShortName() . '::' . $method->getName(),
                );
                $added++;
            }
        }
        return $added;
    }

    /**
     * @template T of EventInterface
     * @param T $event
     * @return T
     */
    public function dispatch(EventInterface $event): EventInterface
    {
        $entries = [];
        foreach ($this->listeners as $class => $list) {
            if ($event instanceof $class) {
                array_push($entries, ...$list);
            }
        }
        usort($entries, static fn (ListenerEntry $a, ListenerEntry $b): int => [$b->priority, $a->sequence] <=> [$a->priority, $b->sequence]);
        $name = $event->eventName();
        foreach ($entries as $entry) {
            if ($event instanceof StoppableEventInterface && $event->isPropagationStopped()) {
                $this->history[] = sprintf('%s: stopped before %s', $name, $entry->label);
                break;
            }
            ($entry->callback)($event);
            if ($event instanceof AbstractEvent) {
                $event->handledBy($entry->label);
            }
            $this->history[] = sprintf('%s: %s [%s]', $name, $entry->label, $entry->priorityClass()->label());
        }
        if ($entries === []) {
            $this->history[] = $name . ': no listeners';
        }
        return $event;
    }

    /** @return list<string> labels of the listeners for $eventClass, in call order */
    public function listenersFor(string $eventClass): array
    {
        $labels = [];
        foreach ($this->listeners as $class => $list) {
            if (is_a($eventClass, $class, true)) {
                foreach ($list as $entry) {
                    $labels[] = [$entry->priority, -$entry->sequence, $entry->label];
                }
            }
        }
        rsort($labels);
        return array_column($labels, 2);
    }

    /** @return list<string> */
    public function history(): array
    {
        return $this->history;
    }

    public static function describeCallable(\Closure $closure): string
    {
        $reflection = new \ReflectionFunction($closure);
        $scope = $reflection->getClosureScopeClass();
        $name = $reflection->getName();
        if (str_contains($name, '{closure}')) {
            return 'closure@' . ($scope === null ? 'global' : $scope->getShortName());
        }
        return $scope === null ? $name . '()' : $scope->getShortName() . '::' . $name . '()';
    }

    private static function firstParameterClass(\ReflectionMethod $method): string
    {
        $type = ($method->getParameters()[0] ?? null)?->getType();
        if (!$type instanceof \ReflectionNamedType || $type->isBuiltin()) {
            throw new \LogicException(sprintf('%s() needs a typed event parameter', $method->getName()));
        }
        return $type->getName();
    }

    public static function shortName(EventInterface $event): string
    {
        return Str::shortClass($event);
    }
}
