<?php
declare(strict_types=1);

namespace App\Template;

use App\Template\Node\BodyNode;
use App\Template\Node\Expr\ArrayExpr;
use App\Template\Node\Expr\BinaryExpr;
use App\Template\Node\Expr\ConstantExpr;
use App\Template\Node\Expr\Expression;
use App\Template\Node\Expr\FilterExpr;
use App\Template\Node\Expr\GetAttrExpr;
use App\Template\Node\Expr\NameExpr;
use App\Template\Node\Expr\UnaryExpr;
use App\Template\Node\ForNode;
use App\Template\Node\IfNode;
use App\Template\Node\IncludeNode;
use App\Template\Node\PrintNode;
use App\Template\Node\SetNode;
use App\Template\Node\Statement;
use App\Template\Node\TextNode;

/**
 * Recursive descent over a TokenStream; expressions by precedence climbing.
 */
final class Parser
{
    private ?TokenStream $stream = null;

    public function parse(TokenStream $stream): BodyNode
    {
        $this->stream = $stream;
        try {
            [$body, $end] = $this->subparse([]);
            $stream->expect(TokenType::Eof);
            return $body;
        } finally {
            $this->stream = null;
        }
    }

    /**
     * Parses statements up to one of $endTags (the stream is then right after the tag name)
     * or the end of the template.
     *
     * @param list<string> $endTags
     * @return array{BodyNode, ?string}
     */
    private function subparse(array $endTags): array
    {
        $stream = $this->stream;
        $nodes = [];
        $line = $stream->current()->line;
        while (!$stream->test(TokenType::Eof)) {
            $token = $stream->next();
            switch ($token->type) {
                case TokenType::Text:
                    $nodes[] = new TextNode($token->value, $token->line);
                    break;
                case TokenType::VarStart:
                    $expression = $this->parseExpression();
                    $stream->expect(TokenType::VarEnd);
                    $nodes[] = new PrintNode($expression, $token->line);
                    break;
                case TokenType::BlockStart:
                    $tag = $stream->expect(TokenType::Name);
                    if (in_array($tag->value, $endTags, true)) {
                        return [new BodyNode($nodes, $line), $tag->value];
                    }
                    $nodes[] = $this->parseTag($tag);
                    break;
                default:
                    throw SyntaxError::unexpected($token, 'text, {{ or {%', $stream->name);
            }
        }
        if ($endTags !== []) {
            throw new SyntaxError(sprintf('missing {%% %s %%}', implode(' or ', $endTags)), $stream->name, $stream->current()->line);
        }
        return [new BodyNode($nodes, $line), null];
    }

    private function parseTag(Token $tag): Statement
    {
        return match ($tag->value) {
            'for' => $this->parseFor($tag->line),
            'if' => $this->parseIf($tag->line),
            'set' => $this->parseSet($tag->line),
            'include' => $this->parseInclude($tag->line),
            default => throw new SyntaxError(sprintf('unknown tag "%s"', $tag->value), $this->stream->name, $tag->line),
        };
    }

    private function parseFor(int $line): ForNode
    {
        $stream = $this->stream;
        $first = $stream->expect(TokenType::Name)->value;
        $second = $stream->nextIf(TokenType::Punctuation, ',') ? $stream->expect(TokenType::Name)->value : null;
        $stream->expect(TokenType::Name, 'in');
        $sequence = $this->parseExpression();
        $stream->expect(TokenType::BlockEnd);
        [$body, $end] = $this->subparse(['else', 'endfor']);
        $else = null;
        if ($end === 'else') {
            $stream->expect(TokenType::BlockEnd);
            [$else] = $this->subparse(['endfor']);
        }
        $stream->expect(TokenType::BlockEnd);
        return $second === null
            ? new ForNode(null, $first, $sequence, $body, $else, $line)
            : new ForNode($first, $second, $sequence, $body, $else, $line);
    }

    private function parseIf(int $line): IfNode
    {
        $stream = $this->stream;
        $branches = [];
        $else = null;
        $condition = $this->parseExpression();
        while (true) {
            $stream->expect(TokenType::BlockEnd);
            [$body, $end] = $this->subparse(['elseif', 'else', 'endif']);
            $branches[] = [$condition, $body];
            if ($end === 'elseif') {
                $condition = $this->parseExpression();
                continue;
            }
            if ($end === 'else') {
                $stream->expect(TokenType::BlockEnd);
                [$else] = $this->subparse(['endif']);
            }
            break;
        }
        $stream->expect(TokenType::BlockEnd);
        return new IfNode($branches, $else, $line);
    }

    private function parseSet(int $line): SetNode
    {
        $name = $this->stream->expect(TokenType::Name)->value;
        $this->stream->expect(TokenType::Operator, '=');
        $value = $this->parseExpression();
        $this->stream->expect(TokenType::BlockEnd);
        return new SetNode($name, $value, $line);
    }

    private function parseInclude(int $line): IncludeNode
    {
        $template = $this->parseExpression();
        $this->stream->expect(TokenType::BlockEnd);
        return new IncludeNode($template, $line);
    }

    public function parseExpression(int $minPrecedence = 0): Expression
    {
        $left = $this->parseUnary();
        while (true) {
            $token = $this->stream->current();
            $isOperator = $token->type === TokenType::Operator
                || ($token->type === TokenType::Name && ($token->value === 'and' || $token->value === 'or'));
            $precedence = $isOperator ? BinaryExpr::PRECEDENCE[$token->value] ?? null : null;
            if ($precedence === null || $precedence < $minPrecedence) {
                return $left;
            }
            $this->stream->next();
            $left = new BinaryExpr($token->value, $left, $this->parseExpression($precedence + 1), $token->line);
        }
    }

    private function parseUnary(): Expression
    {
        $token = $this->stream->current();
        if ($this->stream->nextIf(TokenType::Name, 'not')) {
            return new UnaryExpr('not', $this->parseExpression(BinaryExpr::PRECEDENCE['==']), $token->line);
        }
        if ($this->stream->nextIf(TokenType::Operator, '-')) {
            return new UnaryExpr('-', $this->parseUnary(), $token->line);
        }
        return $this->parsePostfix($this->parsePrimary());
    }

    private function parsePrimary(): Expression
    {
        $stream = $this->stream;
        $token = $stream->next();
        return match (true) {
            $token->type === TokenType::Number => new ConstantExpr(str_contains($token->value, '.') ? (float) $token->value : (int) $token->value, $token->line),
            $token->type === TokenType::String => new ConstantExpr($token->value, $token->line),
            $token->is(TokenType::Name, 'true') => new ConstantExpr(true, $token->line),
            $token->is(TokenType::Name, 'false') => new ConstantExpr(false, $token->line),
            $token->is(TokenType::Name, 'null') => new ConstantExpr(null, $token->line),
            $token->type === TokenType::Name => new NameExpr($token->value, $token->line),
            $token->is(TokenType::Punctuation, '(') => $this->parseParenthesized(),
            $token->is(TokenType::Punctuation, '[') => new ArrayExpr($this->parseList(']'), $token->line),
            default => throw SyntaxError::unexpected($token, 'an expression', $stream->name),
        };
    }

    private function parseParenthesized(): Expression
    {
        $expression = $this->parseExpression();
        $this->stream->expect(TokenType::Punctuation, ')');
        return $expression;
    }

    /** @return list<Expression> items up to and including the closing punctuation */
    private function parseList(string $closer): array
    {
        $items = [];
        while (!$this->stream->nextIf(TokenType::Punctuation, $closer)) {
            if ($items !== []) {
                $this->stream->expect(TokenType::Punctuation, ',');
            }
            $items[] = $this->parseExpression();
        }
        return $items;
    }

    private function parsePostfix(Expression $node): Expression
    {
        $stream = $this->stream;
        while (true) {
            if ($dot = $stream->nextIf(TokenType::Punctuation, '.')) {
                $attribute = $stream->test(TokenType::Number) ? $stream->next() : $stream->expect(TokenType::Name);
                $node = new GetAttrExpr($node, $attribute->value, $dot->line);
            } elseif ($pipe = $stream->nextIf(TokenType::Punctuation, '|')) {
                $name = $stream->expect(TokenType::Name)->value;
                $arguments = $stream->nextIf(TokenType::Punctuation, '(') ? $this->parseList(')') : [];
                $node = new FilterExpr($node, $name, $arguments, $pipe->line);
            } else {
                return $node;
            }
        }
    }
}
