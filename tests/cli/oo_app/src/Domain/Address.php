<?php
declare(strict_types=1);

namespace App\Domain;

final readonly class Address implements \Stringable
{
    public function __construct(public string $street, public string $city, public string $country = 'NL')
    {
    }

    public function __toString(): string
    {
        return sprintf('%s, %s (%s)', $this->street, $this->city, $this->country);
    }
}
