<?php
declare(strict_types=1);

namespace App\Domain;

use App\Attribute\Meta;
use App\Contract\Identifiable;

#[Meta('Customer', tags: ['crm'])]
final class Customer implements Identifiable, \JsonSerializable
{
    private int $version = 1;

    public function __construct(
        public readonly string $code,
        public readonly string $name,
        public readonly string $email,
        public readonly CustomerTier $tier = CustomerTier::Bronze,
        public readonly ?Address $address = null,
    ) {
    }

    public function id(): string
    {
        return 'customer' . self::ID_SEPARATOR . $this->code;
    }

    public function label(): string
    {
        return sprintf('%s <%s>', $this->name, $this->email);
    }

    public function version(): int
    {
        return $this->version;
    }

    public function jsonSerialize(): array
    {
        return [
            'id' => $this->id(),
            'name' => $this->name,
            'tier' => $this->tier,
            'city' => $this->address?->city,
        ];
    }

    public function __serialize(): array
    {
        return [
            'code' => $this->code,
            'name' => $this->name,
            'email' => $this->email,
            'tier' => $this->tier->value,
            'address' => $this->address === null ? null : [$this->address->street, $this->address->city, $this->address->country],
            'v' => $this->version,
        ];
    }

    public function __unserialize(array $data): void
    {
        $this->code = $data['code'];
        $this->name = $data['name'];
        $this->email = $data['email'];
        $this->tier = CustomerTier::from($data['tier']);
        $this->address = $data['address'] === null ? null : new Address(...$data['address']);
        $this->version = $data['v'] + 1;
    }
}
