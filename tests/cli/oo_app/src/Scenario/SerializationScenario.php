<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Domain\Address;
use App\Domain\Currency;
use App\Domain\Customer;
use App\Domain\CustomerTier;
use App\Domain\Invoice;
use App\Domain\LineItem;
use App\Domain\Money;
use App\Domain\TaxRate;
use App\Report\InvoiceBook;
use App\Support\Collection;
use App\Support\Output;

final class SerializationScenario extends AbstractScenario
{
    public const TITLE = 'Serialization, JSON and dumps';

    public function __construct(private readonly InvoiceBook $book)
    {
    }

    protected function perform(): void
    {
        $bob = $this->book->get('bob');
        Output::block('json_encode(invoice, pretty)', json_encode($bob, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
        Output::kv('json_encode(money)', json_encode(Money::of('9.99', Currency::GBP)));
        Output::kv('json_encode(collection)', json_encode(Collection::make(['b' => 2, 'a' => [1, 2]])));
        Output::kv('json_encode(list collection)', json_encode(Collection::times(3, static fn (int $i): int => $i * $i)));
        Output::kv('json_encode(object, FORCE_OBJECT)', json_encode([], JSON_FORCE_OBJECT));
        $decoded = json_decode(json_encode($bob), true);
        Output::kv('decoded keys', array_keys($decoded));
        Output::kv('decoded total', $decoded['total']);

        $customer = new Customer('SER', 'Serial Person', 'ser@example.org', CustomerTier::Gold, new Address('Byte Lane 8', 'Delft'));
        $serialized = serialize($customer);
        Output::kv('serialize(customer)', $serialized);
        $restored = unserialize($serialized);
        Output::kv('restored label / tier / city', [$restored->label(), $restored->tier, $restored->address?->city]);
        Output::kv('version before / after', [$customer->version(), $restored->version()]);
        Output::kv('equal (==) / identical (===)', [$customer == $restored, $customer === $restored]);
        Output::kv('address equal (==)', $customer->address == $restored->address);

        $invoice = $this->book->get('acme');
        $copy = unserialize(serialize($invoice));
        Output::kv('unserialized invoice', (string) $copy);
        Output::kv('same totals', $copy->total() == $invoice->total());
        Output::kv('meta restored through __set', $copy->attributesSnapshot());
        Output::kv('status restored', $copy->status());
        Output::kv('lines are copies', $copy[0] !== $invoice[0] && $copy[0] == $invoice[0]);
        Output::kv('serialized length', strlen(serialize($invoice)));

        $noteClass = 'App\Domain\Note';
        Output::kv('Note loaded before unserialize', class_exists($noteClass, false));
        $payload = sprintf('O:%d:"%s":2:{s:4:"text";s:5:"hello";s:6:"author";s:3:"ann";}', strlen($noteClass), $noteClass);
        $note = unserialize($payload);
        Output::kv('Note loaded after unserialize', class_exists($noteClass, false));
        Output::kv('note', [$note->text, $note->author, $note->restored]);
        $blocked = unserialize($payload, ['allowed_classes' => false]);
        Output::kv('allowed_classes=false gives', get_class($blocked));
        Output::kv('serialize(array of enums)', serialize([TaxRate::Reduced, 'c' => Currency::JPY]));

        Output::line('  var_dump(Money):');
        var_dump(Money::of('12.34'));
        Output::line('  var_dump(LineItem):');
        var_dump(new LineItem('DUMP', 'Dumped', 2, Money::of('3', Currency::USD), TaxRate::Zero));
        Output::line('  var_export(Address):');
        var_export(new Address('Export Street 1', 'Leiden'));
        echo "\n";
        Output::line('  var_export(Money list):');
        var_export([Money::of('1'), Money::zero(Currency::JPY)]);
        echo "\n";
        Output::line('  print_r(Customer):');
        print_r($customer);
        Output::line('  print_r(Collection):');
        print_r(Collection::make(['x' => 1, 'y' => [true, null, 1.5]]));
        echo "\n";
        $partial = (new \ReflectionClass(Customer::class))->newInstanceWithoutConstructor();
        Output::line('  var_dump(uninitialized readonly properties):');
        var_dump($partial);
        Output::kv('(array) cast keys of Collection', array_map(static fn (string $k): string => str_replace("\0", '\\0', $k), array_keys((array) Collection::make([1]))));
        Output::kv('get_object_vars(Address)', get_object_vars(new Address('A', 'B', 'C')));
        $dumped = var_export(Invoice::kind(), true);
        Output::kv('var_export(string)', $dumped);
    }
}
