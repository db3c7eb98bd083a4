<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Domain\Invoice;
use App\Report\InvoiceBook;
use App\Support\Collection;
use App\Support\Output;
use App\Support\Sequence;

final class GeneratorScenario extends AbstractScenario
{
    public const TITLE = 'Generators: keys, yield from, send, return values';

    public function __construct(private readonly InvoiceBook $book)
    {
    }

    protected function perform(): void
    {
        $letters = Sequence::letters(5);
        $pairs = [];
        foreach ($letters as $key => $value) {
            $pairs[] = "$key=$value";
        }
        Output::kv('letters', $pairs);
        Output::kv('letters return value', $letters->getReturn());

        $tree = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3, 'f' => 4]], 'g' => new \ArrayIterator(['h' => 5]), 'i' => []];
        $flat = Sequence::flatten($tree);
        Output::kv('flatten', iterator_to_array($flat));
        Output::kv('flatten leaves (returned through yield from)', $flat->getReturn());

        $average = Sequence::runningAverage();
        $trace = [sprintf('start key=%d value=%s', $average->key(), var_export($average->current(), true))];
        foreach ([10, 20, 45, 5] as $n) {
            $current = $average->send($n);
            $trace[] = sprintf('send(%d) -> key=%d avg=%s', $n, $average->key(), var_export($current, true));
        }
        $average->send(null);
        $trace[] = sprintf('valid=%s sum=%d', var_export($average->valid(), true), $average->getReturn());
        Output::kv('running average', $trace);

        Output::kv('take(naturals(5), 4)', iterator_to_array(Sequence::take(Sequence::naturals(5), 4), false));
        Output::kv('take(..., 0)', iterator_to_array(Sequence::take(Sequence::naturals(), 0)));
        $squares = (static function (): \Generator {
            foreach (Sequence::naturals() as $n) {
                if ($n > 6) {
                    return 'stopped at ' . $n;
                }
                yield $n => $n * $n;
            }
        })();
        Output::kv('squares', iterator_to_array($squares));
        Output::kv('squares return', $squares->getReturn());
        Output::kv('mapKeys', iterator_to_array(Sequence::mapKeys(['x' => 1, 'y' => 2], static fn (string $k, int $v): string => strtoupper($k) . $v)));

        $duplicates = (static function (): \Generator {
            yield 'k' => 1;
            yield 'k' => 2;
            yield from ['k' => 3, 0 => 'zero'];
            yield 'after';
        })();
        $seen = [];
        foreach ($duplicates as $key => $value) {
            $seen[] = var_export($key, true) . '=>' . var_export($value, true);
        }
        Output::kv('duplicate keys seen in foreach', $seen);

        $numbered = (static function (): \Generator {
            yield 'first';
            yield 10 => 'ten';
            yield 'next';
            yield from (static function (): \Generator {
                yield 'inner-a';
                yield 'inner-b';
            })();
            yield 'last';
        })();
        Output::kv('auto keys around yield from', iterator_to_array($numbered));

        $chunks = [];
        foreach (Collection::make(range(1, 7))->chunk(3) as $index => $chunk) {
            $chunks[] = $index . ':' . $chunk->implode(',');
        }
        Output::kv('Collection::chunk(3)', $chunks);

        $lines = [];
        foreach ($this->book as $key => $invoice) {
            foreach ($invoice as $sku => $line) {
                $lines[] = $key . '/' . $sku;
            }
        }
        Output::kv('nested generators over the book', $lines);
        $keys = array_map(static fn (Invoice $i): string => $i->number() ?? 'draft', iterator_to_array($this->book->withStatus(...\App\Domain\InvoiceStatus::cases())));
        Output::kv('withStatus(all cases)', $keys);

        $gen = Sequence::letters(2);
        Output::kv('current() before iterating', $gen->current());
        $gen->next();
        $gen->next();
        Output::kv('valid after exhausting', $gen->valid());
        try {
            foreach ($gen as $unused) {
            }
            Output::line('  re-iterating an exhausted generator: no error');
        } catch (\Exception $e) {
            Output::line('  re-iterating an exhausted generator: %s: %s', $e::class, $e->getMessage());
        }
        $thrower = (static function (): \Generator {
            try {
                yield 1;
                yield 2;
            } catch (\RuntimeException $e) {
                yield 'caught ' . $e->getMessage();
            } finally {
                Output::line('  generator finally ran');
            }
        })();
        $thrower->current();
        Output::kv('throw() into generator', $thrower->throw(new \RuntimeException('injected')));
        $thrower->next();
        Output::kv('thrower valid', $thrower->valid());
    }
}
