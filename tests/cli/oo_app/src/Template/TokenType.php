<?php
declare(strict_types=1);

namespace App\Template;

enum TokenType: string
{
    case Text = 'TEXT';
    case VarStart = 'VAR_START';
    case VarEnd = 'VAR_END';
    case BlockStart = 'BLOCK_START';
    case BlockEnd = 'BLOCK_END';
    case Name = 'NAME';
    case Number = 'NUMBER';
    case String = 'STRING';
    case Operator = 'OP';
    case Punctuation = 'PUNCT';
    case Eof = 'EOF';

    public const DELIMITERS = ['{{' => self::VarStart, '}}' => self::VarEnd, '{%' => self::BlockStart, '%}' => self::BlockEnd];

    public function closing(): ?self
    {
        return match ($this) {
            self::VarStart => self::VarEnd,
            self::BlockStart => self::BlockEnd,
            default => null,
        };
    }

    public function isDelimiter(): bool
    {
        return in_array($this, self::DELIMITERS, true);
    }
}
