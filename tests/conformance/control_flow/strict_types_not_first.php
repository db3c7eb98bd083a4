<?php
// A declare(strict_types) that is not the first statement is a compile-time fatal error.
echo "never printed\n";
declare(strict_types=1);
