<?php
// Recursive calls: Ackermann's function A(2, n) and A(3, n), deep recursion.
function ack($m, $n)
{
    if ($m == 0) {
        return $n + 1;
    }
    if ($n == 0) {
        return ack($m - 1, 1);
    }
    return ack($m - 1, ack($m, $n - 1));
}

$sum = 0;
for ($i = 0; $i < 50; $i++) {
    $sum += ack(3, 7);
    $sum += ack(2, 300 + $i);
}
echo "ack checksum = $sum\n";
