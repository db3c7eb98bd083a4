<?php
declare(strict_types=1);
// strict_types: a typed variadic accepts int for float (widening) but rejects a numeric string.
function total(float ...$amounts): float {
    $sum = 0.0;
    foreach ($amounts as $a) {
        $sum += $a;
    }
    var_dump($amounts);
    return $sum;
}
var_dump(total(1, 2.5, 3));
var_dump(total("4"));
