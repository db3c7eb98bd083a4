<?php
// usort/uasort/uksort with closures that throw; the exception propagates to the caller.
$arr = [5, 3, 8, 1, 9, 2];
$calls = 0;
try {
    usort($arr, function ($a, $b) use (&$calls) {
        $calls++;
        if ($a === 8 || $b === 8) throw new LogicException("cannot compare 8");
        return $a <=> $b;
    });
    echo "not reached\n";
} catch (LogicException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump($calls > 0);
sort($arr);
echo implode(',', $arr), "\n";
function sortChecked(array $a): array {
    usort($a, function ($x, $y) {
        if (!is_int($x) || !is_int($y)) {
            throw new InvalidArgumentException("bad element: " . var_export(is_int($x) ? $y : $x, true));
        }
        return $y <=> $x;
    });
    return $a;
}
echo implode(',', sortChecked([4, 1, 3])), "\n";
try {
    sortChecked([4, 'z', 3]);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$assoc = ['b' => 2, 'a' => 1, 'c' => 3];
try {
    uksort($assoc, function ($a, $b) {
        throw new Exception("uksort $a $b" === '' ? 'x' : 'uksort failed');
    });
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
try {
    uasort($assoc, fn($a, $b) => throw new DomainException('arrow throw'));
} catch (DomainException $e) {
    echo $e->getMessage(), " line ", $e->getLine(), "\n";
}
ksort($assoc);
print_r($assoc);
try {
    try {
        usort($arr, function () { throw new Error('inner'); });
    } finally {
        echo "finally ran\n";
    }
} catch (Error $e) {
    echo "outer caught ", $e->getMessage(), "\n";
}
