<?php
declare(strict_types=1);

namespace App\Template;

final class SyntaxError extends TemplateException
{
    public const DEFAULT_CODE = 3001;

    public static function unexpected(Token $token, string $expected, string $template): self
    {
        return new self(sprintf('unexpected %s, expected %s', $token, $expected), $template, $token->line);
    }
}
