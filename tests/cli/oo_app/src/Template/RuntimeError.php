<?php
declare(strict_types=1);

namespace App\Template;

final class RuntimeError extends TemplateException
{
    public const DEFAULT_CODE = 3002;
}
