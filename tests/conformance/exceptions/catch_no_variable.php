<?php
// catch without a variable (PHP 8.0): the exception is not bound anywhere.
function parse($s) {
    try {
        return json_decode($s, true, 512, JSON_THROW_ON_ERROR);
    } catch (JsonException) {
        return "invalid json";
    }
}
var_dump(parse('{"a":1,"b":[true,null]}'));
var_dump(parse('[1,2'));
var_dump(parse('"str"'));
var_dump(parse(''));
$e = "untouched";
try {
    throw new RuntimeException("ignored");
} catch (RuntimeException) {
    echo "caught without variable\n";
}
var_dump($e);
try {
    $n = 0;
    echo intdiv(10, $n);
} catch (DivisionByZeroError | TypeError) {
    echo "multi-catch without variable\n";
}
// Mixed: one clause binds, the next does not.
$sum = 0;
$skipped = 0;
foreach (["1", "x", "3", [], "5", null] as $v) {
    try {
        if ($v === null) {
            throw new UnexpectedValueException("null");
        }
        $sum += strlen($v) > 0 && is_numeric($v) ? (int) $v : 0;
    } catch (TypeError) {
        $skipped++;
        continue;
    } catch (UnexpectedValueException $uve) {
        echo "uve: ", $uve->getMessage(), "\n";
    } finally {
        echo "checked ", gettype($v), "\n";
    }
}
var_dump($sum, $skipped);
// Nested catch-without-variable rethrowing a new exception.
try {
    try {
        throw new LogicException("inner");
    } catch (LogicException) {
        throw new RuntimeException("outer replaced");
    }
} catch (Exception $outer) {
    echo get_class($outer), ": ", $outer->getMessage(), "\n";
    var_dump($outer->getPrevious());
}
