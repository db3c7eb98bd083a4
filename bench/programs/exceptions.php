<?php
// Exceptions thrown and caught in a loop, across calls, with finally.
function check($i)
{
    if ($i % 3 == 0) {
        throw new InvalidArgumentException("bad $i", $i);
    }
    if ($i % 5 == 0) {
        throw new RuntimeException("runtime $i", $i);
    }
    return $i;
}

function deep($i, $d)
{
    if ($d == 0) {
        return check($i);
    }
    return deep($i, $d - 1);
}

$caught = 0;
$finally = 0;
$sum = 0;
for ($i = 0; $i < 2000000; $i++) {
    try {
        try {
            $sum += deep($i, $i & 3);
        } finally {
            $finally++;
        }
    } catch (InvalidArgumentException $e) {
        $caught++;
        $sum += $e->getCode() & 7;
    } catch (Exception $e) {
        $caught += 2;
        $sum += strlen($e->getMessage());
    }
}
echo "caught = $caught, finally = $finally, sum = $sum\n";
