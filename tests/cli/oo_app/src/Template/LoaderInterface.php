<?php
declare(strict_types=1);

namespace App\Template;

interface LoaderInterface
{
    public function exists(string $name): bool;

    /** @throws TemplateException when there is no such template */
    public function source(string $name): string;
}
