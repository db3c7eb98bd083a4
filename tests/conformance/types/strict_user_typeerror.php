<?php
declare(strict_types=1);
// A user function with an int parameter called with a numeric string in strict mode.
function double(int $x): int {
    return $x * 2;
}
function wrap(string $v) {
    echo "calling double with '$v'\n";
    return double($v);
}
echo double(21), "\n";
echo wrap("5"), "\n";
