<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;
use App\Template\RuntimeError;

final class BinaryExpr extends Expression
{
    public const PRECEDENCE = [
        'or' => 10,
        'and' => 15,
        '==' => 20, '!=' => 20, '<' => 20, '>' => 20, '<=' => 20, '>=' => 20,
        '..' => 25,
        '~' => 30,
        '+' => 40, '-' => 40,
        '*' => 50, '/' => 50, '%' => 50,
    ];

    private const ARITHMETIC = ['+', '-', '*', '/', '%', '..'];

    public function __construct(public readonly string $operator, private readonly Expression $left, private readonly Expression $right, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        $left = $this->left->evaluate($context, $env);
        if ($this->operator === 'and') {
            return Environment::truthy($left) && Environment::truthy($this->right->evaluate($context, $env));
        }
        if ($this->operator === 'or') {
            return Environment::truthy($left) || Environment::truthy($this->right->evaluate($context, $env));
        }
        $right = $this->right->evaluate($context, $env);
        $arithmetic = in_array($this->operator, self::ARITHMETIC, true);
        if ($arithmetic && !(self::isNumber($left) && self::isNumber($right))) {
            throw new RuntimeError(
                sprintf('operator "%s" needs numbers, got %s and %s', $this->operator, get_debug_type($left), get_debug_type($right)),
                $env->currentTemplate(),
                $this->lineno,
            );
        }
        return match ($this->operator) {
            '==' => $left == $right,
            '!=' => $left != $right,
            '<' => $left < $right,
            '>' => $left > $right,
            '<=' => $left <= $right,
            '>=' => $left >= $right,
            '~' => Environment::stringify($left) . Environment::stringify($right),
            '+' => $left + $right,
            '-' => $left - $right,
            '*' => $left * $right,
            '/' => $left / $right,
            '%' => $left % $right,
            '..' => range($left, $right),
        };
    }

    public function children(): iterable
    {
        yield 'left' => $this->left;
        yield 'right' => $this->right;
    }

    private static function isNumber(mixed $value): bool
    {
        return is_int($value) || is_float($value);
    }

    public function __toString(): string
    {
        return '(' . $this->left . ' ' . $this->operator . ' ' . $this->right . ')';
    }
}
