<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Container\Scope;
use App\Contract\HasLabel;
use App\Domain\Currency;
use App\Domain\CustomerTier;
use App\Domain\InvoiceStatus;
use App\Domain\TaxRate;
use App\Event\Priority;
use App\Support\Output;
use App\Template\TokenType;

final class EnumScenario extends AbstractScenario
{
    public const TITLE = 'Enums: pure and backed, methods, constants, interfaces';

    protected function perform(): void
    {
        Output::kv('Currency::cases()', array_map(static fn (Currency $c): string => $c->name . '=' . $c->value, Currency::cases()));
        Output::kv('InvoiceStatus::cases()', array_column(InvoiceStatus::cases(), 'name'));
        Output::kv('TaxRate values', array_column(TaxRate::cases(), 'value', 'name'));
        Output::kv('Currency::DEFAULT', Currency::DEFAULT);
        Output::kv('InvoiceStatus::INITIAL', InvoiceStatus::INITIAL);
        Output::kv('Currency::from("USD")->label()', Currency::from('USD')->label());
        Output::kv('Currency::tryFrom("XXX")', Currency::tryFrom('XXX'));
        Output::kv('TaxRate::tryFrom(10)', TaxRate::tryFrom(10));
        Output::kv('TokenType::from("NAME")', TokenType::from('NAME'));
        Output::kv('Scope::tryFrom("bogus") ?? Factory', Scope::tryFrom('bogus') ?? Scope::Factory);
        $this->attempt('Currency::from("XXX")', static fn () => Currency::from('XXX'));
        $this->attempt('TaxRate::from(7)', static fn () => TaxRate::from(7));
        $this->attempt('Currency::fromSymbol("$")', static fn () => Currency::fromSymbol('$'));
        $this->attempt('Currency::fromSymbol("?")', static fn () => Currency::fromSymbol('?'));
        $this->attempt('constant("...InvoiceStatus::Paid")', static fn () => constant(InvoiceStatus::class . '::Paid'));

        foreach (Currency::cases() as $currency) {
            Output::line('  %-3s %-15s decimals=%d  12345 minor units = %s', $currency->value, $currency->label(), $currency->decimals(), $currency->format(12345));
        }
        foreach (InvoiceStatus::cases() as $status) {
            Output::line(
                '  %-9s -> [%s]%s',
                $status->name,
                implode(', ', array_map(static fn (InvoiceStatus $s): string => $s->name, $status->transitions())),
                $status->isFinal() ? ' (final)' : '',
            );
        }
        Output::kv('open statuses', InvoiceStatus::open());
        Output::kv('Draft can go to Paid', InvoiceStatus::Draft->canTransitionTo(InvoiceStatus::Paid));
        $tier = CustomerTier::Bronze;
        $path = [];
        while ($tier !== null) {
            $path[] = $tier->value . '(' . $tier->discountPercent() . '%)';
            $tier = $tier->next();
        }
        Output::kv('tier ladder', implode(' -> ', $path));
        foreach ([250, 100, 42, 0, -5, -100, -1000, -5000] as $weight) {
            $priority = Priority::classify($weight);
            Output::line('  Priority::classify(%d) = %s', $weight, $priority->label());
        }

        $checks = [
            'Currency::EUR instanceof HasLabel' => Currency::EUR instanceof HasLabel,
            'Currency::EUR instanceof BackedEnum' => Currency::EUR instanceof \BackedEnum,
            'InvoiceStatus::Paid instanceof BackedEnum' => InvoiceStatus::Paid instanceof \BackedEnum,
            'InvoiceStatus::Paid instanceof UnitEnum' => InvoiceStatus::Paid instanceof \UnitEnum,
            'Currency::EUR === Currency::from("EUR")' => Currency::EUR === Currency::from('EUR'),
            'Paid == Cancelled' => InvoiceStatus::Paid == InvoiceStatus::Cancelled,
            'enum_exists(TaxRate)' => enum_exists(TaxRate::class),
            'enum_exists(Money)' => enum_exists(\App\Domain\Money::class),
            'is_callable([Currency::USD, "symbol"])' => is_callable([Currency::USD, 'symbol']),
        ];
        foreach ($checks as $label => $result) {
            Output::kv($label, $result);
        }
        $reflection = new \ReflectionEnum(Currency::class);
        Output::kv('ReflectionEnum backing type', (string) $reflection->getBackingType());
        Output::kv('ReflectionEnum case GBP value', $reflection->getCase('GBP')->getBackingValue());
        Output::kv('ReflectionEnum isBacked(InvoiceStatus)', (new \ReflectionEnum(InvoiceStatus::class))->isBacked());
        Output::kv('Currency constants', array_keys($reflection->getConstants()));

        $byStatus = match (InvoiceStatus::Issued) {
            InvoiceStatus::Draft, InvoiceStatus::Issued => 'editable or sent',
            InvoiceStatus::Paid => 'settled',
            InvoiceStatus::Cancelled => 'void',
        };
        Output::kv('match on enum', $byStatus);
        $labels = array_map(static fn (HasLabel $h): string => $h->label(), [Currency::GBP, TaxRate::Reduced, InvoiceStatus::Cancelled, Priority::High]);
        Output::kv('labels via interface', $labels);

        Output::line('  var_dump:');
        var_dump(Currency::JPY, InvoiceStatus::Draft, [TaxRate::Zero]);
        Output::line('  var_export: %s', var_export([Currency::USD, 'status' => InvoiceStatus::Paid], true));
        Output::line('  print_r: %s', print_r(TaxRate::Standard, true));
        Output::line('  print_r pure: %s', print_r(InvoiceStatus::Issued, true));
        Output::line('  json_encode: %s', json_encode(['currency' => Currency::GBP, 'tax' => TaxRate::Reduced, 'all' => TaxRate::cases()]));
        $this->attempt('json_encode(pure enum)', static fn () => json_encode(InvoiceStatus::Draft, JSON_THROW_ON_ERROR));
        Output::kv('json_encode(pure) without throw', json_encode(InvoiceStatus::Draft));
        Output::kv('json_last_error_msg()', json_last_error_msg());
        Output::kv('serialize(Currency::EUR)', serialize(Currency::EUR));
        Output::kv('unserialize round trip', unserialize(serialize([InvoiceStatus::Paid]))[0] === InvoiceStatus::Paid);
        $this->attempt('clone enum', static fn () => clone Currency::EUR);
        $this->attempt('new ReflectionClass(Currency)->isFinal()', static fn () => (new \ReflectionClass(Currency::class))->isFinal());
    }
}
