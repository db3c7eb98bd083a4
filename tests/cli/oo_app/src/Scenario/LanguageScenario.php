<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Domain\Invoice;
use App\Domain\LineItem;
use App\Domain\Money;
use App\Domain\TaxRate;
use App\Listener\LineGuard;
use App\Support\AbstractRegistry;
use App\Support\AliasRegistry;
use App\Support\Collection;
use App\Support\Output;
use App\Support\ServiceRegistry;
use App\Support\Str;
use App\Support\Traits\SummarizesItself;

final class LanguageScenario extends AbstractScenario
{
    public const TITLE = 'Traits, magic methods, static members, closures';

    private string $secret = 'scenario-secret';

    protected function perform(): void
    {
        $line = new LineItem('TRT-1', 'Trait demo', 3, Money::of('2.50'), TaxRate::Reduced);
        Output::kv('describe() (DescribesItself)', $line->describe());
        Output::kv('summary() (SummarizesItself as protected)', $line->summary());
        Output::kv('tags() (insteadof + private alias)', $line->tags());
        Output::kv('withQuantity(5)->describe()', $line->withQuantity(5)->describe());
        $methods = [];
        foreach ((new \ReflectionClass($line))->getMethods() as $method) {
            if (in_array($method->getName(), ['describe', 'summaryLine', 'tag', 'describedTag', 'traitName'], true)) {
                $methods[] = sprintf('%s:%s', $method->getName(), implode(' ', \Reflection::getModifierNames($method->getModifiers())));
            }
        }
        sort($methods);
        Output::kv('trait method visibility', $methods);
        Output::kv('class_uses(LineItem)', array_values(class_uses($line)));
        Output::kv('SummarizesItself in uses', in_array(SummarizesItself::class, class_uses(LineItem::class), true));
        $this->attempt('call private alias describedTag()', static fn () => $line->describedTag());
        $this->attempt('call protected summaryLine()', static fn () => $line->summaryLine());

        Output::kv('Str::upper("magic")', Str::upper('magic'));
        Output::kv('Str::reverse("stressed")', Str::reverse('stressed'));
        Output::kv('Str::length("four")', Str::length('four'));
        Output::kv('Str::$magicCalls', Str::$magicCalls);
        $this->attempt('Str::explode()', static fn () => Str::explode('x'));
        Output::kv('Str::snake / slug / title', [Str::snake('InvoiceStatusChanged'), Str::slug('  Hello -- World  '), Str::title('hELLO wORLD')]);
        Output::kv('Str::pad center', '[' . Str::pad('mid', 9, 'center') . ']');
        $this->attempt('Str::pad bad alignment', static fn () => Str::pad('x', 3, 'diagonal'));

        Collection::macro('evens', function (): Collection {
            return $this->filter(static fn (int $v): bool => $v % 2 === 0)->values();
        });
        Collection::macro('describeItems', function (string $glue = ', '): string {
            return static::class . '<' . $this->implode($glue) . '>';
        });
        Collection::macro('fromRange', static function (int $from, int $to): Collection {
            return new static(range($from, $to));
        });
        $numbers = Collection::fromRange(1, 10);
        Output::kv('Collection::fromRange(1, 10)->evens()', $numbers->evens()->all());
        Output::kv('describeItems macro', $numbers->evens()->describeItems('|'));
        Output::kv('macros', Collection::macroNames());
        Output::kv('hasMacro(evens) / hasMacro(odds)', [Collection::hasMacro('evens'), Collection::hasMacro('odds')]);
        $this->attempt('$numbers->odds()', static fn () => $numbers->odds());
        $words = Collection::make(['pear', 'fig', 'apple', 'kiwi', 'banana', 'plum']);
        Output::kv('sortBy(strlen) keys preserved', $words->sortBy(strlen(...))->all());
        Output::kv('groupBy(length)', $words->groupBy(strlen(...))->map(static fn (Collection $g): string => $g->implode('+'))->all());
        Output::kv('map with keys', Collection::make(['a' => 1, 'b' => 2])->map(static fn (int $v, string $k): string => "$k=$v")->all());
        Output::kv('reduce', $words->reduce(static fn (string $carry, string $w): string => $carry . $w[0], ''));
        Output::kv('first(len > 4)', $words->first(static fn (string $w): bool => strlen($w) > 4));
        Output::kv('pluck from arrays', Collection::make([['n' => 1], ['n' => 2], ['m' => 3]])->pluck('n')->all());
        $words[] = 'cherry';
        $words['extra'] = 'date';
        unset($words[0]);
        Output::kv('after []=, [k]=, unset', [count($words), isset($words['extra']), $words['extra']]);
        $this->attempt('$words[99]', static fn () => $words[99]);

        ServiceRegistry::register('mailer', 'smtp');
        AliasRegistry::register('db', 'pgsql');
        ServiceRegistry::register('cache', 'memory');
        Output::kv('ServiceRegistry::entries() (own static)', ServiceRegistry::entries());
        Output::kv('AliasRegistry::entries() (shares parent)', AliasRegistry::entries());
        Output::kv('AbstractRegistry::entries()', AbstractRegistry::entries());
        Output::kv('whoSelf / whoStatic', [ServiceRegistry::whoSelf(), ServiceRegistry::whoStatic()]);
        Output::kv('AliasRegistry::whoParent()', AliasRegistry::whoParent());
        Output::kv('AliasRegistry::create() class', AliasRegistry::create()::class);
        $this->attempt('AbstractRegistry::create()', static fn () => AbstractRegistry::create());

        $peek = fn (): string => $this->secret;
        Output::kv('arrow fn sees $this', $peek());
        $guard = new LineGuard(['A', 'B']);
        $reader = \Closure::bind(static fn (LineGuard $g): array => $g->blocked, null, LineGuard::class);
        Output::kv('Closure::bind to private scope', $reader($guard));
        $unbound = function (): string {
            return get_class($this) . ' has ' . count($this->blocked) . ' blocked sku(s)';
        };
        Output::kv('Closure::call($guard)', $unbound->call($guard));
        Output::kv('bindTo($guard, LineGuard)', ($unbound->bindTo($guard, LineGuard::class))());
        Output::kv('fromCallable private method', ($guard->secretReader())());
        $counter = function (): int {
            static $calls = 0;
            return ++$calls;
        };
        $counter();
        $counter();
        Output::kv('static variable in closure', $counter());
        $multiplier = 3;
        $byValue = static fn (int $x): int => $x * $multiplier;
        $multiplier = 100;
        Output::kv('arrow fn captured by value', $byValue(7));
        $compose = static fn (callable ...$fns): \Closure => static fn (mixed $x): mixed => array_reduce($fns, static fn (mixed $acc, callable $f): mixed => $f($acc), $x);
        Output::kv('compose(trim, strrev, ucfirst)', $compose(trim(...), strrev(...), ucfirst(...))('  olleh '));

        $anonymous = new class ('anon') implements \Countable, \Stringable {
            private array $items = [];

            public function __construct(public readonly string $tag)
            {
            }

            public function add(string ...$items): static
            {
                array_push($this->items, ...$items);
                return $this;
            }

            public function count(): int
            {
                return count($this->items);
            }

            public function __toString(): string
            {
                return $this->tag . '[' . implode(',', $this->items) . ']';
            }
        };
        Output::kv('anonymous class', (string) $anonymous->add('x', 'y')->add('z'));
        Output::kv('anonymous isAnonymous / Countable', [(new \ReflectionClass($anonymous))->isAnonymous(), $anonymous instanceof \Countable, count($anonymous)]);

        Output::kv('instanceof chain', [
            $line instanceof \JsonSerializable,
            $numbers instanceof \Traversable,
            $numbers instanceof \IteratorAggregate,
            $numbers instanceof \Iterator,
            Invoice::class === get_class(new Invoice(new \App\Domain\Customer('T', 'T', 't@t'))),
        ]);
        Output::kv('Invoice::instancesCreated()', Invoice::instancesCreated());
        Output::kv('is_a / is_subclass_of strings', [
            is_a(ServiceRegistry::class, AbstractRegistry::class, true),
            is_subclass_of(AliasRegistry::class, AbstractRegistry::class),
            is_subclass_of(AbstractRegistry::class, AbstractRegistry::class),
        ]);
        Output::kv('get_parent_class(ServiceRegistry)', get_parent_class(ServiceRegistry::class));
        $interfaces = class_implements(Collection::class);
        ksort($interfaces);
        Output::kv('class_implements(Collection)', array_keys($interfaces));
    }
}
