<?php
declare(strict_types=1);

namespace App\Template\Node\Expr;

use App\Template\Context;
use App\Template\Environment;
use App\Template\RuntimeError;

/**
 * base.name: an array key, an ArrayAccess offset, a property (real or magic), a method, or a getter.
 */
final class GetAttrExpr extends Expression
{
    public function __construct(private readonly Expression $base, private readonly string $attribute, int $line)
    {
        parent::__construct($line);
    }

    public function evaluate(Context $context, Environment $env): mixed
    {
        $base = $this->base->evaluate($context, $env);
        $attribute = $this->attribute;
        $getter = 'get' . ucfirst($attribute);
        return match (true) {
            is_array($base) && array_key_exists($attribute, $base) => $base[$attribute],
            is_array($base) && self::isIndex($attribute) && array_key_exists((int) $attribute, $base) => $base[(int) $attribute],
            $base instanceof \ArrayAccess && $base->offsetExists($attribute) => $base[$attribute],
            is_object($base) && isset($base->{$attribute}) => $base->{$attribute},
            is_object($base) && array_key_exists($attribute, get_object_vars($base)) => null,
            is_object($base) && method_exists($base, $attribute) => $base->{$attribute}(),
            is_object($base) && method_exists($base, $getter) => $base->{$getter}(),
            $base instanceof \UnitEnum && $attribute === 'name' => $base->name,
            !$env->strictVariables => null,
            default => throw new RuntimeError(
                sprintf('%s has no attribute "%s" (%s)', get_debug_type($base), $attribute, $this),
                $env->currentTemplate(),
                $this->lineno,
            ),
        };
    }

    public function children(): iterable
    {
        yield 'base' => $this->base;
    }

    public function __toString(): string
    {
        return $this->base . '.' . $this->attribute;
    }

    private static function isIndex(string $s): bool
    {
        return $s !== '' && strspn($s, '0123456789') === strlen($s);
    }
}

