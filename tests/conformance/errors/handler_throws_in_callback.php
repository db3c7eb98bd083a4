<?php
// An error handler that throws while a builtin is iterating a callback (array_map, usort);
// the exception unwinds through the builtin and is caught by the caller.
// Traces show string arguments whole: a path cut at 15 characters depends on where this runs.
// ini: zend.exception_string_param_max_len=1000
set_error_handler(function (int $no, string $str) {
    throw new ErrorException($str, 0, $no);
});
function risky(array $rows): array {
    return array_map(fn($r) => $r['value'] * 2, $rows);
}
try {
    print_r(risky([['value' => 1], ['value' => 2]]));
    print_r(risky([['value' => 3], ['other' => 4], ['value' => 5]]));
} catch (ErrorException $e) {
    echo "caught from array_map: ", $e->getMessage(), " severity ", $e->getSeverity(), "\n";
}
$list = [3, "x", 1];
try {
    usort($list, function ($a, $b) {
        return $a <=> $b + $undefined;
    });
} catch (ErrorException $e) {
    echo "caught from usort: ", $e->getMessage(), "\n";
}
echo "list still an array: ", is_array($list) ? "yes" : "no", " count ", count($list), "\n";
$total = 0;
$numbers = [10, 20, 30];
try {
    array_walk($numbers, function ($v) use (&$total) {
        $total += $v + "5 apples";
    });
} catch (ErrorException $e) {
    echo "caught from array_walk after total=$total: ", $e->getMessage(), "\n";
}
restore_error_handler();
echo "uncaught next\n";
set_error_handler(fn($no, $str) => throw new DomainException("converted: $str"));
$r = array_filter([1, 2], fn($v) => $v > $missing);
