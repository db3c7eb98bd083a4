<?php
declare(strict_types=1);

namespace App\Template;

final class TokenStream implements \Countable, \IteratorAggregate
{
    private int $position = 0;

    /** @param list<Token> $tokens */
    public function __construct(private readonly array $tokens, public readonly string $name, public readonly int $expressionTokens = 0)
    {
    }

    public function current(): Token
    {
        return $this->tokens[$this->position];
    }

    public function look(int $ahead = 1): Token
    {
        return $this->tokens[min($this->position + $ahead, count($this->tokens) - 1)];
    }

    /** Returns the current token and moves past it. */
    public function next(): Token
    {
        $token = $this->tokens[$this->position];
        if ($token->type !== TokenType::Eof) {
            $this->position++;
        }
        return $token;
    }

    public function test(TokenType $type, ?string $value = null): bool
    {
        return $this->current()->is($type, $value);
    }

    public function nextIf(TokenType $type, ?string $value = null): ?Token
    {
        return $this->test($type, $value) ? $this->next() : null;
    }

    public function expect(TokenType $type, ?string $value = null): Token
    {
        if (!$this->test($type, $value)) {
            throw SyntaxError::unexpected($this->current(), $type->value . ($value === null ? '' : '(' . $value . ')'), $this->name);
        }
        return $this->next();
    }

    public function count(): int
    {
        return count($this->tokens);
    }

    public function getIterator(): \Generator
    {
        foreach ($this->tokens as $index => $token) {
            yield $index => $token;
        }
    }
}
