<?php
declare(strict_types=1);

namespace App\Template\Node;

use App\Template\Context;
use App\Template\Environment;

abstract class Statement extends AbstractNode
{
    abstract public function render(Context $context, Environment $env): string;
}
