<?php
declare(strict_types=1);

namespace App\Template;

final readonly class Token implements \Stringable
{
    public function __construct(public TokenType $type, public string $value, public int $line)
    {
    }

    public function is(TokenType $type, ?string $value = null): bool
    {
        return $this->type === $type && ($value === null || $this->value === $value);
    }

    public function __toString(): string
    {
        $value = $this->type === TokenType::Text ? addcslashes($this->value, "\n") : $this->value;
        return sprintf('%s(%s)@%d', $this->type->value, $value, $this->line);
    }
}
