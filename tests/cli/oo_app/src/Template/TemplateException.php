<?php
declare(strict_types=1);

namespace App\Template;

use App\Exception\AppException;

class TemplateException extends AppException
{
    public const DEFAULT_CODE = 3000;

    public function __construct(
        public readonly string $rawMessage,
        public readonly string $templateName = 'inline',
        public readonly int $templateLine = 0,
        ?\Throwable $previous = null,
    ) {
        parent::__construct(
            sprintf('%s in "%s" at line %d', $rawMessage, $templateName, $templateLine),
            0,
            $previous,
            ['template' => $templateName, 'line' => $templateLine],
        );
    }
}
