<?php
declare(strict_types=1);

namespace App\Template;

/**
 * Splits a template into tokens: text, {{ expression }}, {% tag %} and {# comments #}.
 * A newline right after a tag or a comment is dropped.
 */
final class Lexer
{
    private const OPERATORS = ['==', '!=', '<=', '>=', '..', '<', '>', '+', '-', '*', '/', '%', '~', '='];
    private const PUNCTUATION = ['|', '.', ',', '(', ')', '[', ']', ':'];

    public function tokenize(string $source, string $name = 'inline'): TokenStream
    {
        $generator = $this->lex($source, $name);
        $tokens = iterator_to_array($generator, false);
        return new TokenStream($tokens, $name, $generator->getReturn());
    }

    /** @return \Generator<int, Token, void, int> returns the number of expression tokens */
    private function lex(string $source, string $name): \Generator
    {
        $pos = 0;
        $line = 1;
        $length = strlen($source);
        $expressionTokens = 0;
        while ($pos < $length) {
            $open = $this->nextOpening($source, $pos);
            if ($open === null) {
                yield new Token(TokenType::Text, substr($source, $pos), $line);
                break;
            }
            [$at, $delimiter] = $open;
            if ($at > $pos) {
                $text = substr($source, $pos, $at - $pos);
                yield new Token(TokenType::Text, $text, $line);
                $line += substr_count($text, "\n");
            }
            $closer = match ($delimiter) {
                '{{' => '}}',
                '{%' => '%}',
                '{#' => '#}',
            };
            $end = strpos($source, $closer, $at + 2);
            if ($end === false) {
                throw new SyntaxError(sprintf('unclosed "%s"', $delimiter), $name, $line);
            }
            $inner = substr($source, $at + 2, $end - $at - 2);
            $pos = $end + 2;
            if ($delimiter !== '{#') {
                $type = TokenType::DELIMITERS[$delimiter];
                yield new Token($type, $delimiter, $line);
                $expressionTokens += yield from $this->lexExpression($inner, $name, $line);
                $line += substr_count($inner, "\n");
                yield new Token($type->closing(), $closer, $line);
            } else {
                $line += substr_count($inner, "\n");
            }
            if ($delimiter !== '{{' && $pos < $length && $source[$pos] === "\n") {
                $pos++;
                $line++;
            }
        }
        yield new Token(TokenType::Eof, '', $line);
        return $expressionTokens;
    }

    /** @return array{int, string}|null */
    private function nextOpening(string $source, int $offset): ?array
    {
        $best = null;
        foreach (['{{', '{%', '{#'] as $delimiter) {
            $at = strpos($source, $delimiter, $offset);
            if ($at !== false && ($best === null || $at < $best[0])) {
                $best = [$at, $delimiter];
            }
        }
        return $best;
    }

    private function lexExpression(string $expr, string $name, int $line): \Generator
    {
        $i = 0;
        $n = strlen($expr);
        $count = 0;
        while ($i < $n) {
            $c = $expr[$i];
            if ($c === ' ' || $c === "\t" || $c === "\r" || $c === "\n") {
                $line += $c === "\n" ? 1 : 0;
                $i++;
                continue;
            }
            if (self::isNameStart($c)) {
                $start = $i;
                while ($i < $n && (self::isNameStart($expr[$i]) || self::isDigit($expr[$i]))) {
                    $i++;
                }
                $token = new Token(TokenType::Name, substr($expr, $start, $i - $start), $line);
            } elseif (self::isDigit($c)) {
                $start = $i;
                while ($i < $n && self::isDigit($expr[$i])) {
                    $i++;
                }
                if ($i + 1 < $n && $expr[$i] === '.' && self::isDigit($expr[$i + 1])) {
                    $i++;
                    while ($i < $n && self::isDigit($expr[$i])) {
                        $i++;
                    }
                }
                $token = new Token(TokenType::Number, substr($expr, $start, $i - $start), $line);
            } elseif ($c === '"' || $c === "'") {
                [$value, $i] = $this->lexString($expr, $i, $name, $line);
                $token = new Token(TokenType::String, $value, $line);
            } else {
                $token = null;
                foreach ([[self::OPERATORS, TokenType::Operator], [self::PUNCTUATION, TokenType::Punctuation]] as [$symbols, $type]) {
                    foreach ($symbols as $symbol) {
                        if (substr_compare($expr, $symbol, $i, strlen($symbol)) === 0) {
                            $token = new Token($type, $symbol, $line);
                            $i += strlen($symbol);
                            break 2;
                        }
                    }
                }
                if ($token === null) {
                    throw new SyntaxError(sprintf('unexpected character "%s"', $c), $name, $line);
                }
            }
            $count++;
            yield $token;
        }
        return $count;
    }

    /** @return array{string, int} the decoded string and the offset after its closing quote */
    private function lexString(string $expr, int $i, string $name, int $line): array
    {
        $quote = $expr[$i++];
        $value = '';
        $n = strlen($expr);
        while ($i < $n && $expr[$i] !== $quote) {
            if ($expr[$i] === '\\' && $i + 1 < $n) {
                $i++;
                $value .= match ($expr[$i]) {
                    'n' => "\n",
                    't' => "\t",
                    default => $expr[$i],
                };
            } else {
                $value .= $expr[$i];
            }
            $i++;
        }
        if ($i >= $n) {
            throw new SyntaxError('unterminated string', $name, $line);
        }
        return [$value, $i + 1];
    }

    private static function isNameStart(string $c): bool
    {
        return ($c >= 'a' && $c <= 'z') || ($c >= 'A' && $c <= 'Z') || $c === '_';
    }

    private static function isDigit(string $c): bool
    {
        return $c >= '0' && $c <= '9';
    }
}
