<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Attribute\Meta;
use App\Container\Attribute\ConfigValue;
use App\Container\Attribute\Inject;
use App\Container\Attribute\Singleton;
use App\Domain\Customer;
use App\Domain\Invoice;
use App\Domain\InvoiceService;
use App\Domain\LineItem;
use App\Domain\Money;
use App\Domain\NumberGenerator;
use App\Event\Attribute\AsListener;
use App\Listener\AuditTrail;
use App\Support\Output;
use App\Support\Str;
use App\Template\Attribute\AsFilter;
use App\Template\Extension\CoreFilters;

final class ReflectionScenario extends AbstractScenario
{
    public const TITLE = 'Attributes and reflection';

    protected function perform(): void
    {
        foreach ([Invoice::class, Customer::class, LineItem::class, Money::class] as $class) {
            $reflection = new \ReflectionClass($class);
            $metas = $reflection->getAttributes(Meta::class);
            Output::line('  %s: %d Meta attribute(s)%s', $reflection->getShortName(), count($metas), $reflection->isReadOnly() ? ', readonly class' : '');
            foreach ($metas as $attribute) {
                $meta = $attribute->newInstance();
                Output::line(
                    '    name=%s repeated=%s args=%s -> label=%s tags=[%s] status=%s',
                    Str::shortClass($attribute->getName()),
                    var_export($attribute->isRepeated(), true),
                    json_encode(array_map(static fn (mixed $a): mixed => $a instanceof \UnitEnum ? $a->name : $a, $attribute->getArguments())),
                    $meta->label,
                    implode(',', $meta->tags),
                    $meta->status?->name ?? 'none',
                );
            }
        }

        foreach ([NumberGenerator::class, InvoiceService::class] as $class) {
            $constructor = (new \ReflectionClass($class))->getConstructor();
            Output::line('  %s::__construct(%d parameter(s), %d required)', Str::shortClass($class), $constructor->getNumberOfParameters(), $constructor->getNumberOfRequiredParameters());
            foreach ($constructor->getParameters() as $parameter) {
                $type = $parameter->getType();
                $attributes = array_map(
                    static fn (\ReflectionAttribute $a): string => Str::shortClass($a->getName()) . '(' . implode(', ', array_map(static fn (mixed $v): string => var_export($v, true), $a->getArguments())) . ')',
                    $parameter->getAttributes(),
                );
                Output::line(
                    '    #%d $%s type=%s builtin=%s nullable=%s promoted=%s default=%s attrs=[%s]',
                    $parameter->getPosition(),
                    $parameter->getName(),
                    $type instanceof \ReflectionNamedType ? $type->getName() : 'none',
                    var_export($type instanceof \ReflectionNamedType && $type->isBuiltin(), true),
                    var_export($type?->allowsNull() ?? true, true),
                    var_export($parameter->isPromoted(), true),
                    $parameter->isDefaultValueAvailable() ? var_export($parameter->getDefaultValue(), true) : '-',
                    implode('; ', $attributes),
                );
            }
        }

        Output::line('  #[AsListener] methods of AuditTrail:');
        foreach ((new \ReflectionClass(AuditTrail::class))->getMethods() as $method) {
            $attributes = $method->getAttributes(AsListener::class);
            if ($attributes === []) {
                continue;
            }
            foreach ($attributes as $attribute) {
                $listener = $attribute->newInstance();
                Output::line('    %s: event=%s priority=%d', $method->getName(), $listener->event === null ? '(from parameter)' : Str::shortClass($listener->event), $listener->priority);
            }
        }
        $filterMethods = 0;
        foreach ((new \ReflectionClass(CoreFilters::class))->getMethods() as $method) {
            $filterMethods += count($method->getAttributes(AsFilter::class)) > 0 ? 1 : 0;
        }
        Output::kv('CoreFilters methods with #[AsFilter]', $filterMethods);
        Output::kv('#[Singleton] on EventDispatcher', (new \ReflectionClass(\App\Event\EventDispatcher::class))->getAttributes(Singleton::class) !== []);
        Output::kv('attribute target flags of Inject', (new \ReflectionClass(Inject::class))->getAttributes()[0]->getArguments());
        Output::kv('\Attribute::TARGET_PARAMETER', \Attribute::TARGET_PARAMETER);
        Output::kv('IS_INSTANCEOF filter on Invoice', count((new \ReflectionClass(Invoice::class))->getAttributes(\stdClass::class, \ReflectionAttribute::IS_INSTANCEOF)));
        try {
            (new \ReflectionClass(Invoice::class))->getAttributes(Meta::class)[0]->newInstance();
            $misplaced = new \ReflectionFunction(#[ConfigValue('x')] static fn () => 1);
            $misplaced->getAttributes()[0]->newInstance();
            Output::line('  misplaced attribute: no error');
        } catch (\Error $e) {
            Output::line('  misplaced attribute: %s: %s', $e::class, $e->getMessage());
        }

        $money = new \ReflectionClass(Money::class);
        $props = [];
        foreach ($money->getProperties() as $property) {
            $props[] = sprintf('%s(%s%s%s)', $property->getName(), $property->getType(), $property->isReadOnly() ? ', readonly' : '', $property->isPromoted() ? ', promoted' : '');
        }
        Output::kv('Money properties', $props);
        Output::kv('Money is final / readonly / interfaces', [$money->isFinal(), $money->isReadOnly(), $money->getInterfaceNames()]);
        $invoice = new \ReflectionClass(Invoice::class);
        Output::kv('Invoice traits', $invoice->getTraitNames());
        Output::kv('Invoice interfaces', $invoice->getInterfaceNames());
        $private = $invoice->getProperty('attributes');
        Output::kv('trait property declared in', [$private->getDeclaringClass()->getShortName(), $private->isPrivate()]);
        Output::kv('Invoice constants (none) / Meta attrs', [count($invoice->getConstants()), count($invoice->getAttributes())]);
        $method = new \ReflectionMethod(Invoice::class, 'taxBreakdown');
        Output::kv('taxBreakdown is generator / return type', [$method->isGenerator(), (string) $method->getReturnType()]);
        $fn = new \ReflectionFunction(static fn (int|string $a, ?Money ...$rest): ?string => null);
        Output::kv('closure signature', [(string) $fn->getParameters()[0]->getType(), (string) $fn->getParameters()[1]->getType(), $fn->isVariadic(), (string) $fn->getReturnType()]);
        $unionParts = array_map('strval', $fn->getParameters()[0]->getType()->getTypes());
        sort($unionParts);
        Output::kv('union type parts', $unionParts);
        $line = (new \ReflectionClass(LineItem::class))->newInstanceArgs(['sku' => 'NAMED', 'description' => 'Named args', 'quantity' => 2, 'unitPrice' => Money::of('1.5')]);
        Output::kv('newInstanceArgs with names', $line->describe());
        $getter = new \ReflectionMethod(LineItem::class, 'describedTag');
        Output::kv('invoke private method via reflection', $getter->invoke($line));
        $prop = new \ReflectionProperty(Invoice::class, 'revision');
        $sample = new Invoice(new Customer('R', 'Reflected', 'r@example.org'));
        Output::kv('read private property via reflection', $prop->getValue($sample));
    }
}
