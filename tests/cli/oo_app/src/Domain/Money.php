<?php
declare(strict_types=1);

namespace App\Domain;

/**
 * An amount in minor units (cents) of a currency. Immutable.
 */
final readonly class Money implements \JsonSerializable, \Stringable
{
    public function __construct(public int $cents, public Currency $currency = Currency::DEFAULT)
    {
    }

    public static function of(string $amount, Currency $currency = Currency::DEFAULT): self
    {
        if (!preg_match('/^(-?)(\d+)(?:\.(\d+))?$/', $amount, $m)) {
            throw new \InvalidArgumentException(sprintf('"%s" is not an amount', $amount));
        }
        $decimals = $currency->decimals();
        $fraction = substr(str_pad($m[3] ?? '', $decimals, '0'), 0, $decimals);
        $cents = (int) $m[2] * 10 ** $decimals + (int) ($fraction === '' ? '0' : $fraction);
        return new self($m[1] === '-' ? -$cents : $cents, $currency);
    }

    public static function zero(Currency $currency = Currency::DEFAULT): self
    {
        return new self(0, $currency);
    }

    public function add(self ...$others): self
    {
        $cents = $this->cents;
        foreach ($others as $other) {
            $this->assertSameCurrency($other);
            $cents += $other->cents;
        }
        return new self($cents, $this->currency);
    }

    public function subtract(self $other): self
    {
        $this->assertSameCurrency($other);
        return new self($this->cents - $other->cents, $this->currency);
    }

    public function multiply(int $factor): self
    {
        return new self($this->cents * $factor, $this->currency);
    }

    /** Rounds half away from zero. */
    public function percentage(int $percent): self
    {
        $scaled = $this->cents * $percent;
        $rounded = intdiv(abs($scaled) + 50, 100);
        return new self($scaled < 0 ? -$rounded : $rounded, $this->currency);
    }

    public function compare(self $other): int
    {
        $this->assertSameCurrency($other);
        return $this->cents <=> $other->cents;
    }

    public function isZero(): bool
    {
        return $this->cents === 0;
    }

    public function format(): string
    {
        return $this->currency->format($this->cents);
    }

    public function __toString(): string
    {
        return $this->format();
    }

    public function jsonSerialize(): array
    {
        return ['amount' => $this->cents, 'currency' => $this->currency, 'formatted' => $this->format()];
    }

    private function assertSameCurrency(self $other): void
    {
        if ($other->currency !== $this->currency) {
            throw CurrencyMismatch::between($this->currency, $other->currency);
        }
    }
}
